package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.meeting.domain.Origin;
import nl.pmohub.shared.application.Versioned;

import java.util.UUID;

/** An entry of the decision log and where it was recorded; {@code version} is for If-Match. */
public record DecisionSummary(UUID id, UUID projectId, Origin origin, DecisionDetails details, long version) implements Versioned {
}
