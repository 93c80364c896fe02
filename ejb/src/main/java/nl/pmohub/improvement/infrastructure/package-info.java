/** PDCA boards' persistence (projections with the project's code, the moves kept) and their demo data. */
package nl.pmohub.improvement.infrastructure;
