/** The stakeholder map's part of the project page: the power/interest grid, the register, the RACI matrix and the communication plan. */
package nl.pmohub.stakeholder.web;
