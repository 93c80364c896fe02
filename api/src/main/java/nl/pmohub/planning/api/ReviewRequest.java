package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.SprintReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a sprint review. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(required = true, maxLength = 2000, example = "Clashrapport per verdieping getoond aan de uitvoerder.") String notes) {

    SprintReview toReview() {
        return new SprintReview(notes);
    }
}
