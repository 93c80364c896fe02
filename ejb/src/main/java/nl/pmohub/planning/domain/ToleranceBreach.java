package nl.pmohub.planning.domain;

/** A stage tolerance that is exceeded: it raises an exception to the project board. */
public enum ToleranceBreach {
    /** The stage's forecast end lies beyond its baseline end plus the time tolerance, or it overran it. */
    TIME,
    /** The forecast cost exceeds the budget plus the cost tolerance. */
    COST
}
