package nl.pmohub.planning.api;

import nl.pmohub.planning.application.SprintSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A sprint with its commitment and result and the totals of the items in it now. */
@Schema(name = "Sprint")
public record SprintResponse(
        UUID id, UUID projectId, String team, int number, String goal, LocalDate startDate, LocalDate endDate,
        @Schema(enumeration = {"PLANNED", "ACTIVE", "CLOSED"}) String status,
        @Schema(description = "Points in the sprint when it started; absent while planned") Integer committedPoints,
        @Schema(description = "Points of the items done at the review; absent until closed") Integer completedPoints,
        String reviewNotes, LocalDate reviewedOn,
        @Schema(description = "Items in the sprint now") int itemCount,
        @Schema(description = "Points of the items in the sprint now") int plannedPoints,
        @Schema(description = "Points of the done items in the sprint now") int donePoints,
        long version) {

    static SprintResponse of(SprintSummary s) {
        return new SprintResponse(s.id(), s.projectId(), s.team(), s.number(), s.goal(), s.startDate(), s.endDate(), s.status().name(),
                s.committedPoints(), s.completedPoints(), s.reviewNotes(), s.reviewedOn(), s.itemCount(), s.plannedPoints(),
                s.donePoints(), s.version());
    }
}
