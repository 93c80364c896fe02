/** The stakeholder map's persistence and its demo data. */
package nl.pmohub.stakeholder.infrastructure;
