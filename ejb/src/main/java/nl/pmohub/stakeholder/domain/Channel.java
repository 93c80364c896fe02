package nl.pmohub.stakeholder.domain;

/** How a communication reaches its audience. */
public enum Channel { MEETING, EMAIL, REPORT, PRESENTATION, NEWSLETTER, INTRANET, PHONE }
