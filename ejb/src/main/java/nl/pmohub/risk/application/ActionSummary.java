package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.RiskAction;
import nl.pmohub.shared.application.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action of a risk as lists show it; {@code version} is for If-Match. */
public record ActionSummary(UUID id, UUID riskId, String description, String owner, LocalDate dueDate, Instant doneAt, long version) implements Versioned {

    static ActionSummary of(RiskAction a) {
        return new ActionSummary(a.id(), a.riskId(), a.description(), a.owner(), a.dueDate(), a.doneAt(), a.version());
    }

    public boolean done() {
        return doneAt != null;
    }
}
