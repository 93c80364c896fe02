package nl.pmohub.improvement.domain;

/** What Act decides after the check: adopt the change as the new standard, adapt it and try again, or abandon it. */
public enum Decision { ADOPT, ADAPT, ABANDON }
