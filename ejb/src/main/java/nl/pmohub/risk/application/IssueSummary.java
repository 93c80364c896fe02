package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.IssueDetails;
import nl.pmohub.shared.application.Versioned;

import java.time.LocalDate;
import java.util.UUID;

/** An entry of the issue log; {@code riskId} names the risk it came from, if any; {@code version} is for If-Match. */
public record IssueSummary(UUID id, UUID projectId, UUID riskId, IssueDetails details, LocalDate raisedOn, String resolution, LocalDate resolvedOn,
                           long version) implements Versioned {

    public boolean open() {
        return resolvedOn == null;
    }
}
