package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.RequestStatus;
import nl.pmohub.shared.application.Versioned;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's request with its project and where it stands: how many professionals said they are interested, and
 * when it reached a shortlist of three (null: not yet — the 48-hour clock runs).
 */
public record RequestSummary(UUID id, UUID projectId, String projectCode, RequestDetails details, String place, RequestStatus status,
                             Instant submittedAt, Instant closedAt, String createdBy, long interested, Instant shortlistReachedAt,
                             long version) implements Versioned {

    /** When the 48 hours are up. */
    public Instant promiseDeadline() {
        return submittedAt.plus(java.time.Duration.ofHours(48));
    }

    /** Whether the shortlist was reached within 48 hours. */
    public boolean promiseKept() {
        return shortlistReachedAt != null && !shortlistReachedAt.isAfter(promiseDeadline());
    }
}
