package nl.pmohub.risk.api;

import nl.pmohub.risk.domain.Proximity;
import nl.pmohub.risk.domain.RiskCategory;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskResponse;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A risk as a client raises or reassesses it. */
@Schema(name = "RiskRequest")
public record RiskRequest(
        @Schema(required = true, maxLength = 160, example = "Vergunning komt te laat") String title,
        @Schema(maxLength = 2000) String description,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"STRATEGIC", "FINANCIAL", "TECHNICAL", "ORGANISATIONAL", "EXTERNAL", "LEGAL"})
        String category,
        @Schema(maxLength = 1000, example = "Bezwaar van omwonenden") String cause,
        @Schema(maxLength = 1000, example = "Start bouw schuift op") String effect,
        @Schema(minimum = "1", maximum = "5", example = "3") int probability,
        @Schema(minimum = "1", maximum = "5", example = "4") int impactCost,
        @Schema(minimum = "1", maximum = "5", example = "5") int impactTime,
        @Schema(minimum = "1", maximum = "5", example = "2") int impactQuality,
        @Schema(minimum = "1", maximum = "5", example = "2") int impactReputation,
        @Schema(required = true, maxLength = 100, example = "Joost van den Berg") String owner,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"AVOID", "MITIGATE", "TRANSFER", "ACCEPT"}) String response,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"IMMINENT", "WITHIN_MONTH", "WITHIN_QUARTER", "LATER"}) String proximity,
        @Schema(type = SchemaType.STRING, enumeration = {"OPEN", "CLOSED", "OCCURRED"}, description = "OPEN when absent") String status,
        @Schema(minimum = "1", maximum = "5", description = "With residualImpact, or neither") Integer residualProbability,
        @Schema(minimum = "1", maximum = "5") Integer residualImpact,
        @Schema(required = true, example = "2027-01-15") LocalDate nextReview) {

    RiskDetails toDetails() {
        return new RiskDetails(title, description, category == null ? null : Inputs.enumValue(RiskCategory.class, "category", category), cause, effect,
                probability, impactCost, impactTime, impactQuality, impactReputation, owner,
                response == null ? null : Inputs.enumValue(RiskResponse.class, "response", response),
                proximity == null ? null : Inputs.enumValue(Proximity.class, "proximity", proximity),
                status == null ? RiskStatus.OPEN : Inputs.enumValue(RiskStatus.class, "status", status), residualProbability, residualImpact, nextReview);
    }
}
