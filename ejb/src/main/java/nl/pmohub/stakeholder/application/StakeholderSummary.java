package nl.pmohub.stakeholder.application;

import nl.pmohub.shared.application.Versioned;
import nl.pmohub.stakeholder.domain.Quadrant;
import nl.pmohub.stakeholder.domain.StakeholderDetails;

import java.util.UUID;

/** A stakeholder as the map shows it, with its quadrant; {@code version} is for If-Match. */
public record StakeholderSummary(UUID id, UUID projectId, StakeholderDetails details, long version) implements Versioned {

    public Quadrant quadrant() {
        return details.quadrant();
    }

    public String name() {
        return details.name();
    }
}
