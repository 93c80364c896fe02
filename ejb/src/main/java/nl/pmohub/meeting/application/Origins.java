package nl.pmohub.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.meeting.domain.Origin;
import nl.pmohub.shared.domain.BadInputException;

import java.util.UUID;

/**
 * Turns the meeting (and agenda item) a client names for a decision or action into an {@link Origin}: the meeting must
 * be one of the project's, the item one of that meeting's; otherwise the input is refused naming the field.
 */
@ApplicationScoped
class Origins {

    @Inject
    MeetingRepository meetings;

    Origin of(UUID projectId, UUID meetingId, UUID agendaItemId) {
        if (meetingId == null) {
            if (agendaItemId != null) {
                throw new BadInputException("meetingId", "meeting.error.itemWithoutMeeting", "an agenda item needs its meeting");
            }
            return Origin.NONE;
        }
        if (meetings.find(meetingId).filter(m -> m.belongsTo(projectId)).isEmpty()) {
            throw new BadInputException("meetingId", "meeting.error.unknownMeeting", "no meeting of the project: " + meetingId, meetingId);
        }
        if (agendaItemId != null && meetings.agenda(meetingId).stream().noneMatch(i -> i.id().equals(agendaItemId))) {
            throw new BadInputException("agendaItemId", "meeting.error.unknownItem", "no item of the meeting's agenda: " + agendaItemId, agendaItemId);
        }
        return Origin.of(meetingId, agendaItemId);
    }
}
