package nl.pmohub.planning.domain;

/** Progress of a backlog item; only DONE items count as burnt down and as completed at the review. */
public enum ItemStatus {
    TODO, IN_PROGRESS, DONE
}
