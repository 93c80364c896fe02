package nl.pmohub.hours.api;

import nl.pmohub.hours.application.Rejection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a week goes back to its person. */
@Schema(name = "RejectionRequest")
public record RejectionRequest(
        @Schema(required = true, maxLength = 500, example = "Woensdag staat dubbel: ook op ACM-103 geboekt.") String comment) {

    Rejection toRejection() {
        return new Rejection(comment);
    }
}
