package nl.pmohub.planning.api;

import nl.pmohub.planning.application.BacklogItemSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A backlog item; {@code sprintId} and {@code sprintNumber} are absent in the product backlog. */
@Schema(name = "BacklogItem")
public record BacklogItemResponse(UUID id, UUID projectId, UUID sprintId, Integer sprintNumber, String title, String description,
                                  Integer estimate, int rank,
                                  @Schema(enumeration = {"TODO", "IN_PROGRESS", "DONE"}) String status,
                                  LocalDate doneOn, long version) {

    static BacklogItemResponse of(BacklogItemSummary i) {
        return new BacklogItemResponse(i.id(), i.projectId(), i.sprintId(), i.sprintNumber(), i.title(), i.description(), i.estimate(),
                i.rank(), i.status().name(), i.doneOn(), i.version());
    }
}
