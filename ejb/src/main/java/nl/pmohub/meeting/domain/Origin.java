package nl.pmohub.meeting.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a decision or action item was recorded: in no meeting, in a meeting, or at one item of a meeting's agenda.
 * The service checks that the meeting is the project's and the item the meeting's before it builds one.
 */
public record Origin(Optional<UUID> meetingId, Optional<UUID> agendaItemId) {

    public static final Origin NONE = new Origin(Optional.empty(), Optional.empty());

    public Origin {
        if (agendaItemId.isPresent() && meetingId.isEmpty()) {
            throw new IllegalArgumentException("an agenda item belongs to a meeting");
        }
    }

    public static Origin of(UUID meetingId, UUID agendaItemId) {
        return meetingId == null ? NONE : new Origin(Optional.of(meetingId), Optional.ofNullable(agendaItemId));
    }
}
