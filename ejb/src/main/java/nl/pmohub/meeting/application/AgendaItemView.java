package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.AgendaItemDetails;

import java.util.UUID;

/** An agenda item at its place, with its minutes. */
public record AgendaItemView(UUID id, int position, AgendaItemDetails details) {
}
