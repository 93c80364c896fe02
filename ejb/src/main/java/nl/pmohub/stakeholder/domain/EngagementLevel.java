package nl.pmohub.stakeholder.domain;

/** How engaged a stakeholder is, or should be (the engagement assessment of PMBOK): the order counts, unaware lowest. */
public enum EngagementLevel { UNAWARE, RESISTANT, NEUTRAL, SUPPORTIVE, LEADING }
