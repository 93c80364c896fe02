package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.RequestStatus;
import nl.pmohub.shared.application.Versioned;

import java.time.Instant;
import java.util.UUID;

/** A client's request with its project and where it stands. */
public record RequestSummary(UUID id, UUID projectId, String projectCode, RequestDetails details, String place, RequestStatus status,
                             Instant submittedAt, Instant closedAt, String createdBy, long version) implements Versioned {
}
