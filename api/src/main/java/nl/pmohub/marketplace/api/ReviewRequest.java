package nl.pmohub.marketplace.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One side's review at the end of an engagement. */
@Schema(name = "EngagementReviewRequest")
public record ReviewRequest(
        @Schema(required = true, minimum = "1", maximum = "5", example = "4") int stars,
        @Schema(maxLength = 1000, example = "Heldere rapportages, snel ingewerkt.") String text) {
}
