package nl.pmohub.marketplace.domain;

/** An engagement on a given day: not started yet, running (the professional may enter the tenant), or over. */
public enum EngagementState { UPCOMING, ACTIVE, ENDED }
