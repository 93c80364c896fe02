package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.Milestone;
import nl.pmohub.shared.application.ProjectRecords;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Milestones of the current tenant; lists are projections (one query each, no per-row loading). */
public interface MilestoneRepository extends ProjectRecords<Milestone> {

    List<MilestoneSummary> ofProject(UUID projectId);

    /** Open milestones of active projects planned on or before the horizon (missed ones included), soonest first. */
    List<Deadline> openUntil(LocalDate horizon, int limit);
}
