package nl.pmohub.risk.domain;

/** Open (watched), closed (no longer a risk), or occurred (it happened: an issue now). */
public enum RiskStatus { OPEN, CLOSED, OCCURRED }
