package nl.pmohub.risk.domain;

/** What kind of risk it is, for grouping the register. */
public enum RiskCategory { STRATEGIC, FINANCIAL, TECHNICAL, ORGANISATIONAL, EXTERNAL, LEGAL }
