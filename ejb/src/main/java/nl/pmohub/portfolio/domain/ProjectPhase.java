package nl.pmohub.portfolio.domain;

/** Life cycle of a project record: running, or closed (read-only from then on). */
public enum ProjectPhase { ACTIVE, CLOSED }
