package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.ActionDetails;
import nl.pmohub.meeting.domain.ActionStatus;
import nl.pmohub.meeting.domain.Origin;
import nl.pmohub.shared.application.Versioned;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An action item with its project's code (for lists across projects), where it was agreed, its status and whether it
 * is overdue as of the day it was read; {@code version} is for If-Match.
 */
public record ActionSummary(UUID id, UUID projectId, String projectCode, Origin origin, ActionDetails details, ActionStatus status,
                            Optional<LocalDate> doneOn, boolean overdue, long version) implements Versioned {
}
