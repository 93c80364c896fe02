package nl.pmohub.risk.domain;

/** How the project answers a risk (Prince2's threat responses, simplified). */
public enum RiskResponse { AVOID, MITIGATE, TRANSFER, ACCEPT }
