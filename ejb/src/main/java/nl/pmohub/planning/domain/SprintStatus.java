package nl.pmohub.planning.domain;

/** Where a sprint is in its life: planned, running (one per team at a time), or closed by its review. */
public enum SprintStatus {
    PLANNED, ACTIVE, CLOSED
}
