/** The stakeholder map's endpoints: stakeholders and their place on the grid, the RACI matrix, the communication plan. */
package nl.pmohub.stakeholder.api;
