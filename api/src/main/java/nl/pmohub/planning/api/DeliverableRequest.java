package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.DeliverableDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A deliverable as a client sends it. */
@Schema(name = "DeliverableRequest")
public record DeliverableRequest(
        @Schema(required = true, maxLength = 120, example = "Definitief ontwerp") String name,
        @Schema(maxLength = 100) String owner,
        @Schema(required = true, description = "Within the project (and its stage, if given)") LocalDate startDate,
        @Schema(required = true, description = "Not before the start date") LocalDate endDate,
        @Schema(minimum = "0", maximum = "100") Integer percentComplete,
        @Schema(description = "Only with percentComplete 100") LocalDate completedOn,
        @Schema(description = "The Prince2 stage it is produced in") UUID stageId) {

    DeliverableDetails toDetails() {
        return new DeliverableDetails(name, owner, startDate, endDate, percentComplete == null ? 0 : percentComplete, completedOn, stageId);
    }
}
