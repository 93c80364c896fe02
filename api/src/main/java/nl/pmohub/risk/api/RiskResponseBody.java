package nl.pmohub.risk.api;

import nl.pmohub.risk.application.RiskSummary;
import nl.pmohub.risk.domain.RiskDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A risk with its score (probability × the highest impact) and band. */
@Schema(name = "Risk")
public record RiskResponseBody(UUID id, UUID projectId, String projectCode, String title, String description, String category, String cause,
                               String effect, int probability, int impactCost, int impactTime, int impactQuality, int impactReputation,
                               @Schema(description = "The highest of the four impacts") int impact,
                               @Schema(description = "probability × impact, 1–25") int score,
                               @Schema(enumeration = {"HIGH", "MEDIUM", "LOW"}, description = "15 and up, 8 and up, below") String band,
                               String owner, String response, String proximity, String status, Integer residualProbability, Integer residualImpact,
                               LocalDate nextReview, long version) {

    static RiskResponseBody of(RiskSummary r) {
        RiskDetails d = r.details();
        return new RiskResponseBody(r.id(), r.projectId(), r.projectCode(), d.title(), d.description(), d.category().name(), d.cause(), d.effect(),
                d.probability(), d.impactCost(), d.impactTime(), d.impactQuality(), d.impactReputation(), d.impact(), d.score(), r.band(), d.owner(),
                d.response().name(), d.proximity().name(), d.status().name(), d.residualProbability(), d.residualImpact(), d.nextReview(), r.version());
    }
}
