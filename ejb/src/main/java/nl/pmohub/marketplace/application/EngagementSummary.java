package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.EngagementState;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.marketplace.domain.Party;
import nl.pmohub.marketplace.domain.Review;
import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An engagement as either side sees it, with its state today and its fee per month (issued statements, and for the
 * client the running month), and both sides' reviews at the end (null: not written). {@code clientName} is the client's
 * organisation; {@code version} is for If-Match.
 */
public record EngagementSummary(UUID id, String clientTenant, String clientName, UUID professionalId, String professionalName, String projectName,
                                String tenantUsername, GuestRole role, BigDecimal hourlyRate, int hoursPerWeek, BigDecimal feePercent,
                                LocalDate startDate, LocalDate endDate, LocalDate lastDay, EngagementState state, String endedBy, String endReason,
                                List<FeeLine> fees, Review clientReview, Review professionalReview, long version) implements Versioned {

    static EngagementSummary of(Engagement e, String clientName, String professionalName, String projectName, LocalDate today, List<FeeLine> fees) {
        return new EngagementSummary(e.id(), e.clientTenant(), clientName, e.professionalId(), professionalName, projectName, e.tenantUsername(),
                e.role(), e.hourlyRate(), e.hoursPerWeek(), e.feePercent(), e.startDate(), e.endDate(), e.lastDay(), e.stateOn(today), e.endedBy(),
                e.endReason(), fees, e.reviewBy(Party.CLIENT).orElse(null), e.reviewBy(Party.PROFESSIONAL).orElse(null), e.version());
    }
}
