package nl.pmohub.marketplace.domain;

/** An operator's check of a profile: only vetted professionals are offered to clients. */
public enum Vetting { PENDING, VETTED, REJECTED }
