package nl.pmohub.risk.domain;

/** How soon the risk could happen. */
public enum Proximity { IMMINENT, WITHIN_MONTH, WITHIN_QUARTER, LATER }
