package nl.pmohub.planning.application;

import nl.pmohub.shared.application.Versioned;
import nl.pmohub.planning.domain.ItemStatus;

import java.time.LocalDate;
import java.util.UUID;

/** A backlog item as lists show it; {@code sprintId}/{@code sprintNumber} are null in the product backlog. */
public record BacklogItemSummary(UUID id, UUID projectId, UUID sprintId, Integer sprintNumber, String title, String description,
                              Integer estimate, int rank, ItemStatus status, LocalDate doneOn, long version) implements Versioned {

    public boolean isDone() {
        return status == ItemStatus.DONE;
    }

    public boolean isInProductBacklog() {
        return sprintId == null;
    }
}
