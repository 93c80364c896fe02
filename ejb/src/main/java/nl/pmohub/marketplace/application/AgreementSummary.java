package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.marketplace.domain.AgreementVersion;
import nl.pmohub.shared.application.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as either side sees it: the request it fills, the candidate, where it stands, and every version with
 * its acceptances (the latest last). {@code version} is the record's optimistic-locking version, for If-Match.
 */
public record AgreementSummary(UUID id, UUID requestId, String requestTitle, UUID projectId, UUID professionalId, String professionalName,
                               AgreementStatus status, String offeredBy, Instant concludedAt, List<AgreementVersion> versions,
                               long version) implements Versioned {

    static AgreementSummary of(Agreement agreement, String requestTitle, String professionalName) {
        return new AgreementSummary(agreement.id(), agreement.requestId(), requestTitle, agreement.projectId(), agreement.professionalId(),
                professionalName, agreement.status(), agreement.offeredBy(), agreement.concludedAt(), agreement.versions(), agreement.version());
    }

    public AgreementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public int latestNumber() {
        return versions.size();
    }
}
