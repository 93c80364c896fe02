package nl.pmohub.reporting.domain;

/** What a report names from the plan. */
public enum ReportItemKind { MILESTONE_ACHIEVED, MILESTONE_DUE, MILESTONE_MISSED, STAGE_EXCEPTION }
