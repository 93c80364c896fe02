package nl.pmohub.planning.domain;

/** The project board's decision at a stage gate. {@code STOP} closes the project prematurely. */
public enum GateDecision {
    GO, GO_WITH_CONDITIONS, STOP
}
