package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.BacklogItem;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Backlog items of the current tenant; lists are projections in rank order (one query each). */
public interface BacklogRepository extends ProjectRecords<BacklogItem> {

    /** The rank after the project's last item. */
    int nextRank(UUID projectId);

    /** The items of a sprint, as entities (to start or review it). */
    List<BacklogItem> inSprint(UUID sprintId);

    List<BacklogItemSummary> list(UUID projectId, BacklogScope scope);

    Optional<BacklogItemSummary> view(UUID projectId, UUID id);
}
