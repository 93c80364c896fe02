/** The stakeholder map's services and ports: the map and its grid, the RACI matrix, the communication plan and what is due. */
package nl.pmohub.stakeholder.application;
