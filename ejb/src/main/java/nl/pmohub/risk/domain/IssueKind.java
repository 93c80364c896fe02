package nl.pmohub.risk.domain;

/** What kind of issue (Prince2): a problem or concern, a request for change, or something delivered off specification. */
public enum IssueKind { PROBLEM, CHANGE_REQUEST, OFF_SPECIFICATION }
