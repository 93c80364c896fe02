package nl.pmohub.marketplace.application;

import java.time.Instant;
import java.util.UUID;

/** An open request without a shortlist 24 hours after it was submitted: operators act before the 48 hours are up. */
public record AtRiskRequest(UUID id, String clientTenant, String title, Instant submittedAt, long interested, long hoursOpen) {
}
