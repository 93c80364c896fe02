package nl.pmohub.stakeholder.domain;

/** Responsible (does the work), Accountable (answers for it; exactly one per deliverable), Consulted, Informed. */
public enum RaciRole { R, A, C, I }
