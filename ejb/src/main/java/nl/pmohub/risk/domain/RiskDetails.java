package nl.pmohub.risk.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What a risk says: title and description, category, cause and effect, probability and impact (1–5) on cost, time,
 * quality and reputation, owner, response, proximity, status, the residual probability and impact once the response
 * works (both or neither), and when it is reviewed next.
 */
public record RiskDetails(
        @NotBlank @Size(max = 160) String title,
        @Size(max = 2000) String description,
        @NotNull RiskCategory category,
        @Size(max = 1000) String cause,
        @Size(max = 1000) String effect,
        @Min(1) @Max(5) int probability,
        @Min(1) @Max(5) int impactCost,
        @Min(1) @Max(5) int impactTime,
        @Min(1) @Max(5) int impactQuality,
        @Min(1) @Max(5) int impactReputation,
        @NotBlank @Size(max = 100) String owner,
        @NotNull RiskResponse response,
        @NotNull Proximity proximity,
        @NotNull RiskStatus status,
        @Min(1) @Max(5) Integer residualProbability,
        @Min(1) @Max(5) Integer residualImpact,
        @NotNull LocalDate nextReview) {

    /** The impact that counts: the highest of the four dimensions. */
    public int impact() {
        return Math.max(Math.max(impactCost, impactTime), Math.max(impactQuality, impactReputation));
    }

    /** Probability × impact, 1 to 25. */
    public int score() {
        return probability * impact();
    }
}
