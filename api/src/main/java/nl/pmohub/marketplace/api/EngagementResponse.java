package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.application.EngagementSummary;
import nl.pmohub.marketplace.application.FeeLine;
import nl.pmohub.marketplace.domain.Review;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An engagement: who works in which organisation until when, and the platform's fee per month. */
@Schema(name = "Engagement")
public record EngagementResponse(UUID id, String clientTenant, String clientName, UUID professionalId, String professionalName, String projectName,
                                 @Schema(description = "The professional's account in the organisation's realm") String tenantUsername,
                                 @Schema(enumeration = {"PMO", "PM", "VIEWER"}) String role, BigDecimal hourlyRate, int hoursPerWeek,
                                 BigDecimal feePercent, LocalDate startDate, LocalDate endDate,
                                 @Schema(description = "The last day of access: the agreed end or an early one") LocalDate lastDay,
                                 @Schema(enumeration = {"UPCOMING", "ACTIVE", "ENDED"}) String state, String endedBy, String endReason,
                                 List<Month> fees,
                                 @Schema(description = "The client's review of the professional; absent until written") Rating clientReview,
                                 @Schema(description = "The professional's review of the client; absent until written") Rating professionalReview,
                                 long version) {

    @Schema(name = "EngagementReview")
    public record Rating(int stars, String text, String writtenBy, Instant writtenAt) {

        static Rating of(Review review) {
            return review == null ? null : new Rating(review.stars(), review.text(), review.writtenBy(), review.writtenAt());
        }
    }

    @Schema(name = "FeeMonth", description = "An issued monthly fee statement, or (issuedAt absent) the running month so far")
    public record Month(String month, BigDecimal hours, BigDecimal hourlyRate, BigDecimal feePercent, BigDecimal fee,
                        @Schema(description = "21 % VAT on the fee") BigDecimal vat, BigDecimal total, Instant issuedAt) {

        static Month of(FeeLine line) {
            return new Month(line.month().toString(), line.fee().hours(), line.fee().hourlyRate(), line.fee().percent(), line.fee().fee(),
                    line.fee().vat(), line.fee().total(), line.issuedAt());
        }
    }

    static EngagementResponse of(EngagementSummary e) {
        return new EngagementResponse(e.id(), e.clientTenant(), e.clientName(), e.professionalId(), e.professionalName(), e.projectName(),
                e.tenantUsername(), e.role().name(), e.hourlyRate(), e.hoursPerWeek(), e.feePercent(), e.startDate(), e.endDate(), e.lastDay(),
                e.state().name(), e.endedBy(), e.endReason(), e.fees().stream().map(Month::of).toList(), Rating.of(e.clientReview()),
                Rating.of(e.professionalReview()), e.version());
    }
}
