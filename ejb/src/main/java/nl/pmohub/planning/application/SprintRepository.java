package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.Burndown;
import nl.pmohub.planning.domain.Sprint;
import nl.pmohub.planning.domain.Velocity;
import nl.pmohub.shared.application.ProjectRecords;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sprints of the current tenant. Lists are projections with their items' totals (one query each, no
 * per-row loading). {@link #flush()} turns the database's backstops (a team's overlapping sprints, a
 * second active sprint, a sprint number taken twice) into the same refusals the service raises when it
 * sees them first, so a race loses with a 409 instead of a 500.
 */
public interface SprintRepository extends ProjectRecords<Sprint> {

    int nextNumber(UUID projectId);

    /** A sprint of the same team (in any project of the tenant) sharing a day with the given period, if any. */
    Optional<Sprint> overlapping(String team, LocalDate start, LocalDate end, UUID except);

    /** Whether another sprint of the team is running. */
    boolean teamBusy(String team, UUID except);

    List<SprintSummary> ofProject(UUID projectId);

    Optional<SprintSummary> view(UUID projectId, UUID id);

    /**
     * The burndown of a sprint of the project, from one query: the sprint's dates and commitment with its
     * items' points grouped by the day they were done (no day: not done).
     */
    Optional<Burndown> burndown(UUID projectId, UUID id, LocalDate today);

    /** The project's closed sprints with commitment and result. */
    Velocity velocity(UUID projectId);
}
