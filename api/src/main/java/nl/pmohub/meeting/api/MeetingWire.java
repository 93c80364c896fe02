package nl.pmohub.meeting.api;

import nl.pmohub.meeting.application.ActionSummary;
import nl.pmohub.meeting.application.AgendaItemView;
import nl.pmohub.meeting.application.AttendeeView;
import nl.pmohub.meeting.application.DecisionSummary;
import nl.pmohub.meeting.application.LessonSummary;
import nl.pmohub.meeting.application.MeetingMinutes;
import nl.pmohub.meeting.application.MeetingSummary;
import nl.pmohub.meeting.domain.ActionDetails;
import nl.pmohub.meeting.domain.AgendaItemDetails;
import nl.pmohub.meeting.domain.Attendance;
import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.meeting.domain.LessonDetails;
import nl.pmohub.meeting.domain.MeetingDetails;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The wire records of meetings, decisions, lessons and actions: what clients send ({@code *Request}) and get
 * ({@code *Response}). Dates are ISO strings checked by {@link Inputs}, so a bad one is a 400 naming its field.
 */
public final class MeetingWire {

    private MeetingWire() {
    }

    @Schema(name = "MeetingRequest")
    public record MeetingRequest(@Schema(required = true, maxLength = 160, example = "Projectoverleg") String title,
                                 @Schema(required = true, description = "Local time in Europe/Amsterdam", example = "2026-11-16T10:00:00") LocalDateTime startsAt,
                                 @Schema(maxLength = 200, example = "Vergaderzaal De Dom / Teams-link") String location,
                                 @Schema(maxLength = 100, example = "Priya Mahabier") String chair) {
        MeetingDetails toDetails() {
            return new MeetingDetails(title, startsAt, location, chair);
        }
    }

    @Schema(name = "Meeting")
    public record MeetingResponse(UUID id, UUID projectId, String title, LocalDateTime startsAt, String location, String chair, long agendaItems,
                                  long present, long invited, long openActions, long version) {
        static MeetingResponse of(MeetingSummary m) {
            MeetingDetails d = m.details();
            return new MeetingResponse(m.id(), m.projectId(), d.title(), d.startsAt(), d.location(), d.chair(), m.agendaItems(), m.present(), m.invited(),
                    m.openActions(), m.version());
        }
    }

    @Schema(name = "AgendaItemRequest")
    public record AgendaItemRequest(@Schema(required = true, maxLength = 200, example = "Vergunning en omgeving") String topic,
                                    @Schema(maxLength = 100, example = "Lotte Mulder") String presenter,
                                    @Schema(maxLength = 8000, description = "The minutes of this item") String minutes) {
        AgendaItemDetails toDetails() {
            return new AgendaItemDetails(topic, presenter, minutes);
        }
    }

    @Schema(name = "AgendaItem")
    public record AgendaItemResponse(UUID id, int position, String topic, String presenter, String minutes) {
        static AgendaItemResponse of(AgendaItemView i) {
            return new AgendaItemResponse(i.id(), i.position(), i.details().topic(), i.details().presenter(), i.details().minutes());
        }
    }

    @Schema(name = "AttendanceRequest")
    public record AttendanceRequest(@Schema(required = true, description = "Stakeholders of the project; replaces the list recorded before")
                                    List<AttendeeRequest> attendees) {
        List<Attendance> toAttendance() {
            return attendees == null ? null : attendees.stream().map(a -> a == null ? null : new Attendance(a.stakeholderId(), a.present())).toList();
        }
    }

    @Schema(name = "AttendeeRequest")
    public record AttendeeRequest(@Schema(required = true) UUID stakeholderId, boolean present) {
    }

    @Schema(name = "Attendee")
    public record AttendeeResponse(@Schema(description = "Absent when the stakeholder has left the map since") UUID stakeholderId, String name,
                                   boolean present) {
        static AttendeeResponse of(AttendeeView a) {
            return new AttendeeResponse(a.stakeholderId().orElse(null), a.name(), a.present());
        }
    }

    @Schema(name = "MeetingMinutes")
    public record MinutesResponse(MeetingResponse meeting, List<AgendaItemResponse> agenda, List<AttendeeResponse> attendees,
                                  List<DecisionResponse> decisions, List<ActionResponse> actions) {
        static MinutesResponse of(MeetingMinutes m) {
            return new MinutesResponse(MeetingResponse.of(m.meeting()), m.agenda().stream().map(AgendaItemResponse::of).toList(),
                    m.attendees().stream().map(AttendeeResponse::of).toList(), m.decisions().stream().map(DecisionResponse::of).toList(),
                    m.actions().stream().map(ActionResponse::of).toList());
        }
    }

    @Schema(name = "DecisionRequest")
    public record DecisionRequest(@Schema(required = true, maxLength = 500) String decision,
                                  @Schema(maxLength = 2000) String rationale,
                                  @Schema(maxLength = 2000) String alternatives,
                                  @Schema(required = true, maxLength = 100, example = "Stuurgroep") String decidedBy,
                                  @Schema(required = true, example = "2026-11-16") String decidedOn,
                                  @Schema(description = "The meeting that took it (on create only)") UUID meetingId,
                                  @Schema(description = "The agenda item of that meeting (on create only)") UUID agendaItemId) {
        DecisionDetails toDetails() {
            return new DecisionDetails(decision, rationale, alternatives, decidedBy, Inputs.date("decidedOn", decidedOn));
        }
    }

    @Schema(name = "Decision")
    public record DecisionResponse(UUID id, UUID projectId, UUID meetingId, UUID agendaItemId, String decision, String rationale, String alternatives,
                                   String decidedBy, LocalDate decidedOn, long version) {
        static DecisionResponse of(DecisionSummary s) {
            DecisionDetails d = s.details();
            return new DecisionResponse(s.id(), s.projectId(), s.origin().meetingId().orElse(null), s.origin().agendaItemId().orElse(null), d.decision(),
                    d.rationale(), d.alternatives(), d.decidedBy(), d.decidedOn(), s.version());
        }
    }

    @Schema(name = "LessonRequest")
    public record LessonRequest(@Schema(required = true, maxLength = 2000) String whatHappened,
                                @Schema(required = true, maxLength = 2000) String whatWeLearned,
                                @Schema(maxLength = 2000) String recommendation,
                                @Schema(maxLength = 60, example = "Planning") String category) {
        LessonDetails toDetails() {
            return new LessonDetails(whatHappened, whatWeLearned, recommendation, category);
        }
    }

    @Schema(name = "Lesson")
    public record LessonResponse(UUID id, UUID projectId, String whatHappened, String whatWeLearned, String recommendation, String category,
                                 LocalDate recordedOn, long version) {
        static LessonResponse of(LessonSummary s) {
            LessonDetails d = s.details();
            return new LessonResponse(s.id(), s.projectId(), d.whatHappened(), d.whatWeLearned(), d.recommendation(), d.category(), s.recordedOn(),
                    s.version());
        }
    }

    @Schema(name = "ActionRequest")
    public record ActionRequest(@Schema(required = true, maxLength = 300) String description,
                                @Schema(required = true, maxLength = 100, description = "A person's name as people write it", example = "Joost van den Berg")
                                String owner,
                                @Schema(required = true, example = "2026-11-30") String dueDate,
                                @Schema(description = "The meeting that agreed it (on create only)") UUID meetingId,
                                @Schema(description = "The agenda item of that meeting (on create only)") UUID agendaItemId) {
        ActionDetails toDetails() {
            return new ActionDetails(description, owner, Inputs.date("dueDate", dueDate));
        }
    }

    @Schema(name = "ActionDone")
    public record DoneRequest(@Schema(description = "false opens the action again", defaultValue = "true") Boolean done) {
    }

    @Schema(name = "Action")
    public record ActionResponse(UUID id, UUID projectId, String projectCode, UUID meetingId, UUID agendaItemId, String description, String owner,
                                 LocalDate dueDate, @Schema(enumeration = {"OPEN", "DONE"}) String status, LocalDate doneOn,
                                 @Schema(description = "Open after its due date") boolean overdue, long version) {
        static ActionResponse of(ActionSummary s) {
            ActionDetails d = s.details();
            return new ActionResponse(s.id(), s.projectId(), s.projectCode(), s.origin().meetingId().orElse(null), s.origin().agendaItemId().orElse(null),
                    d.description(), d.owner(), d.dueDate(), s.status().name(), s.doneOn().orElse(null), s.overdue(), s.version());
        }
    }
}
