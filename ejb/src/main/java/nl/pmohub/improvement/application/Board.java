package nl.pmohub.improvement.application;

import nl.pmohub.improvement.domain.ImprovementCycle;

import java.util.Optional;
import java.util.UUID;

/**
 * Which board a request works on: one project's (its cycles only) or the organisation's (every cycle of the tenant,
 * the organisation-wide ones and the projects'). A cycle started on the organisation's board has no project. The
 * same rules answer 404 for a cycle that is not on the board, whichever way it was reached.
 */
public record Board(UUID projectId) {

    private static final Board TENANT = new Board(null);

    public static Board ofProject(UUID projectId) {
        return new Board(java.util.Objects.requireNonNull(projectId, "projectId"));
    }

    public static Board ofTenant() {
        return TENANT;
    }

    public Optional<UUID> project() {
        return Optional.ofNullable(projectId);
    }

    /** Whether the cycle is on this board. */
    public boolean holds(ImprovementCycle cycle) {
        return holds(cycle.projectId().orElse(null));
    }

    /** Whether a cycle of {@code cycleProjectId} (null: organisation-wide) is on this board. */
    public boolean holds(UUID cycleProjectId) {
        return projectId == null || projectId.equals(cycleProjectId);
    }
}
