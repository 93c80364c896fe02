package nl.pmohub.planning.domain;

/** A stage is planned until the gate before it lets it start, and closed by its own end-stage gate. */
public enum StageStatus {
    PLANNED, ACTIVE, CLOSED
}
