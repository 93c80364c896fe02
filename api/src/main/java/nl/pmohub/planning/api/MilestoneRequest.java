package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.MilestoneDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone as a client sends it. */
@Schema(name = "MilestoneRequest")
public record MilestoneRequest(
        @Schema(required = true, maxLength = 120, example = "Ontwerp gereed") String name,
        @Schema(maxLength = 100, example = "Priya Mahabier") String owner,
        @Schema(required = true, example = "2027-03-31", description = "Within the project's start and end date") LocalDate plannedDate,
        @Schema(minimum = "0", maximum = "100", description = "0–100; 100 marks it achieved (today, unless achievedOn says otherwise)") Integer percentComplete,
        @Schema(description = "Only with percentComplete 100") LocalDate achievedOn,
        @Schema(description = "The Prince2 stage it belongs to; the planned date must then lie within that stage") UUID stageId) {

    MilestoneDetails toDetails() {
        return new MilestoneDetails(name, owner, plannedDate, percentComplete == null ? 0 : percentComplete, achievedOn, stageId);
    }
}
