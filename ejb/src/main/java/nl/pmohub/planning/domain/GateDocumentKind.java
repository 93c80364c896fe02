package nl.pmohub.planning.domain;

/** What a gate decision rested on: the latest progress report, the risks, the budget, the next stage plan. */
public enum GateDocumentKind {
    PROGRESS_REPORT, RISK_REGISTER, BUDGET, STAGE_PLAN, OTHER
}
