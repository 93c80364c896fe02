package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.AgendaItem;
import nl.pmohub.meeting.domain.Attendee;
import nl.pmohub.meeting.domain.Meeting;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings of the current tenant with their agenda items and attendees. */
public interface MeetingRepository extends ProjectRecords<Meeting> {

    /** The project's meetings, latest first, with their counts (one query). */
    List<MeetingSummary> ofProject(UUID projectId);

    Optional<MeetingSummary> view(UUID projectId, UUID id);

    /** The meeting's agenda items in their order. */
    List<AgendaItem> agenda(UUID meetingId);

    List<AttendeeView> attendees(UUID meetingId);

    void addItem(AgendaItem item);

    void removeItem(AgendaItem item);

    /** Replaces the meeting's attendees (the old ones are removed first, so a stakeholder may be recorded again). */
    void replaceAttendees(UUID meetingId, List<Attendee> attendees);

    /** Takes the meeting's version forward now: its agenda or attendance changed. */
    void changed(Meeting meeting);
}
