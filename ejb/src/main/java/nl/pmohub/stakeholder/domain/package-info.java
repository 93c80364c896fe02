/**
 * The stakeholder map of a project: stakeholders placed by power and interest in a quadrant, who is Responsible,
 * Accountable, Consulted or Informed for each deliverable (RACI), and the communication plan with its due dates.
 */
package nl.pmohub.stakeholder.domain;
