package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.BacklogItemDetails;
import nl.pmohub.planning.domain.ItemStatus;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A backlog item as a client adds or changes it. */
@Schema(name = "BacklogItemRequest")
public record BacklogItemRequest(
        @Schema(required = true, maxLength = 200, example = "Clashrapport per verdieping") String title,
        @Schema(maxLength = 4000) String description,
        @Schema(minimum = "0", maximum = "100", description = "Story points; absent while not estimated") Integer estimate,
        @Schema(enumeration = {"TODO", "IN_PROGRESS", "DONE"}, defaultValue = "TODO",
                description = "DONE records today as the day it was done") String status,
        @Schema(description = "A planned or active sprint of the same project; absent: the product backlog") UUID sprintId,
        @Schema(minimum = "0", description = "Position in the backlog (ascending); absent: last for a new item, unchanged otherwise") Integer rank) {

    BacklogItemDetails toDetails() {
        ItemStatus parsed = Inputs.enumValue(ItemStatus.class, "status", status);
        return new BacklogItemDetails(title, description, estimate, parsed == null ? ItemStatus.TODO : parsed, sprintId, rank);
    }
}
