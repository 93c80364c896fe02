package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.MeetingDetails;
import nl.pmohub.shared.application.Versioned;

import java.util.UUID;

/** A meeting as the project's list shows it: its invitation, how many agenda items, who came of how many invited, open actions. */
public record MeetingSummary(UUID id, UUID projectId, MeetingDetails details, long agendaItems, long present, long invited, long openActions,
                             long version) implements Versioned {
}
