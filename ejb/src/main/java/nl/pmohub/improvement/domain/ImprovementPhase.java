package nl.pmohub.improvement.domain;

/**
 * Where a cycle stands on the board: Plan, Do, Check, Act, and Done once it is closed (by hand from Act, or because
 * its next cycle started). A cycle moves one phase at a time, forward or back; Done is final.
 */
public enum ImprovementPhase {
    PLAN, DO, CHECK, ACT, DONE;

    /** Whether {@code other} is the phase just before or just after this one. */
    public boolean adjacentTo(ImprovementPhase other) {
        return Math.abs(ordinal() - other.ordinal()) == 1;
    }

    /** Whether this phase is {@code other} or lies after it. */
    public boolean reached(ImprovementPhase other) {
        return ordinal() >= other.ordinal();
    }
}
