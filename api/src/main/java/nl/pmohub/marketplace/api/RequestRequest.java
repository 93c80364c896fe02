package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A client's request for an interim professional. */
@Schema(name = "MarketplaceRequestRequest")
public record RequestRequest(
        @Schema(required = true, description = "The project the professional is for") UUID projectId,
        @Schema(required = true, maxLength = 120, example = "Projectcontroller voor de uitvoeringsfase") String title,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"OPERATIONAL", "TACTICAL", "STRATEGIC"}) String level,
        @Schema(required = true, minItems = 1, maxItems = 12, description = "At least one required") List<SkillNeedRequest> skills,
        @Schema(description = "Remote work: no place or distance") boolean remote,
        @Schema(description = "Where the work is (GET …/marketplace/places?q=); required unless remote", example = "2745912") Integer placeId,
        @Schema(minimum = "1", maximum = "300", description = "The farthest a candidate may live, in km; required unless remote", example = "60") Integer maxDistanceKm,
        @Schema(required = true, example = "2027-01-04", description = "Not before today") String startDate,
        @Schema(minimum = "4", maximum = "40", example = "24") int hoursPerWeek,
        @Schema(minimum = "1", maximum = "104", example = "26") int durationWeeks,
        @Schema(required = true, minimum = "0.01", maximum = "99999.99", example = "115.00", description = "The highest hourly rate in euros, excluding VAT") BigDecimal maxRate,
        @Schema(maxLength = 2000) String description) {

    RequestDetails toDetails() {
        return new RequestDetails(title, Inputs.enumValue(PmoLevel.class, "level", level),
                skills == null ? null : IntStream.range(0, skills.size()).mapToObj(i -> skills.get(i) == null ? null : skills.get(i).toNeed(i)).toList(),
                remote, placeId, maxDistanceKm, Inputs.date("startDate", startDate), hoursPerWeek, durationWeeks, maxRate, description);
    }
}
