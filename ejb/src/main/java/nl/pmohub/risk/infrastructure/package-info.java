/** The risk register's persistence, its answer to progress reports (open risks by band) and its demo data. */
package nl.pmohub.risk.infrastructure;
