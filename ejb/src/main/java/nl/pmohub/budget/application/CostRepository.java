package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.CostEntry;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Booked costs of the current tenant's projects. */
public interface CostRepository extends ProjectRecords<CostEntry> {

    Optional<CostSummary> view(UUID projectId, UUID id);

    /** The project's most recent costs, newest first, at most {@code limit}. */
    List<CostSummary> recent(UUID projectId, int limit);

    /** The project's costs per month and category, summed in the database. */
    List<CostMonth> byMonth(UUID projectId);
}
