package nl.pmohub.planning.application;

import java.util.UUID;

/** Which part of a project's backlog to list: all of it, the product backlog (unplanned items), or one sprint's. */
public record BacklogScope(boolean productOnly, UUID sprintId) {

    public static final BacklogScope ALL = new BacklogScope(false, null);
    public static final BacklogScope PRODUCT = new BacklogScope(true, null);

    public static BacklogScope sprint(UUID sprintId) {
        return new BacklogScope(false, java.util.Objects.requireNonNull(sprintId));
    }
}
