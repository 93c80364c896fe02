package nl.pmohub.planning.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A deliverable as lists show it, with its finish-to-start predecessors. {@code dependencyConflict} says
 * that it is planned to start before a predecessor ends: the plan does not respect a dependency.
 */
public record DeliverableSummary(UUID id, UUID projectId, UUID stageId, String name, String owner, LocalDate startDate, LocalDate endDate,
                              LocalDate baselineStart, LocalDate baselineEnd, int percentComplete, LocalDate completedOn, long version,
                              List<UUID> predecessorIds, boolean dependencyConflict) implements PlannedItem {

    /** The projection the database returns; links are added by {@link #withLinks}. */
    public DeliverableSummary(UUID id, UUID projectId, UUID stageId, String name, String owner, LocalDate startDate, LocalDate endDate,
                           LocalDate baselineStart, LocalDate baselineEnd, int percentComplete, LocalDate completedOn, long version) {
        this(id, projectId, stageId, name, owner, startDate, endDate, baselineStart, baselineEnd, percentComplete, completedOn, version,
                List.of(), false);
    }

    DeliverableSummary withLinks(List<UUID> predecessors, boolean conflict) {
        return new DeliverableSummary(id, projectId, stageId, name, owner, startDate, endDate, baselineStart, baselineEnd, percentComplete,
                completedOn, version, List.copyOf(predecessors), conflict);
    }

    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineEnd, endDate);
    }

    public boolean isCompleted() {
        return completedOn != null;
    }
}
