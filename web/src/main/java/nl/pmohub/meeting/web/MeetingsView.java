package nl.pmohub.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.meeting.application.ActionService;
import nl.pmohub.meeting.application.ActionSummary;
import nl.pmohub.meeting.application.AgendaItemView;
import nl.pmohub.meeting.application.AttendeeView;
import nl.pmohub.meeting.application.DecisionService;
import nl.pmohub.meeting.application.DecisionSummary;
import nl.pmohub.meeting.application.LessonService;
import nl.pmohub.meeting.application.LessonSummary;
import nl.pmohub.meeting.application.MeetingMinutes;
import nl.pmohub.meeting.application.MeetingService;
import nl.pmohub.meeting.application.MeetingSummary;
import nl.pmohub.meeting.application.MinutesDocument;
import nl.pmohub.meeting.domain.ActionStatus;
import nl.pmohub.meeting.domain.AgendaItemDetails;
import nl.pmohub.meeting.domain.Attendance;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;
import nl.pmohub.stakeholder.application.StakeholderService;
import nl.pmohub.stakeholder.application.StakeholderSummary;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The meetings part of the project page: the meetings with their minutes dialog (attendance from the project's
 * stakeholders, the agenda with minutes per item, decisions and actions agreed in the meeting, the minutes as PDF), and
 * the project's decision log, lessons learned and action items. Every change of the minutes names the meeting's version
 * the user opened, so a colleague's concurrent change is refused, not overwritten.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Attendance as the minutes dialog's menus say it. */
    static final String NOT_INVITED = "";
    static final String PRESENT = "PRESENT";
    static final String ABSENT = "ABSENT";

    @Inject
    transient MeetingService meetings;
    @Inject
    transient DecisionService decisions;
    @Inject
    transient LessonService lessons;
    @Inject
    transient ActionService actions;
    @Inject
    transient StakeholderService stakeholders;
    @Inject
    CurrentProject current;
    @Inject
    Clock clock;

    private List<MeetingSummary> meetingList;
    private List<DecisionSummary> decisionList;
    private List<LessonSummary> lessonList;
    private List<ActionSummary> actionList;
    private MeetingForm meetingForm = new MeetingForm();
    private DecisionForm decisionForm = new DecisionForm();
    private LessonForm lessonForm = new LessonForm();
    private ActionForm actionForm = new ActionForm();

    /** The meeting whose minutes dialog is open, as read, and what the dialog edits of it. */
    private MeetingMinutes minutes;
    private List<StakeholderSummary> projectStakeholders = List.of();
    private Map<UUID, String> attendance = new HashMap<>();
    private Map<UUID, String> minutesText = new HashMap<>();
    private String newTopic;
    private String newPresenter;

    public List<MeetingSummary> getMeetings() {
        if (meetingList == null) {
            meetingList = meetings.ofProject(current.getId());
        }
        return meetingList;
    }

    public List<DecisionSummary> getDecisions() {
        if (decisionList == null) {
            decisionList = decisions.ofProject(current.getId());
        }
        return decisionList;
    }

    public List<LessonSummary> getLessons() {
        if (lessonList == null) {
            lessonList = lessons.ofProject(current.getId());
        }
        return lessonList;
    }

    public List<ActionSummary> getActions() {
        if (actionList == null) {
            actionList = actions.ofProject(current.getId());
        }
        return actionList;
    }

    // meetings

    public void startMeeting() {
        meetingForm = MeetingForm.next(LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(10, 0)), current.getDetails().manager());
    }

    public void editMeeting(MeetingSummary meeting) {
        meetingForm = MeetingForm.of(meeting);
    }

    public void saveMeeting() {
        MeetingSummary saved = meetingForm.isNew()
                ? meetings.schedule(current.getId(), meetingForm.toDetails())
                : meetings.revise(current.getId(), meetingForm.getId(), meetingForm.getVersion(), meetingForm.toDetails());
        Messages.info("meetings.saved", saved.details().title());
        reload();
    }

    public void removeMeeting(MeetingSummary meeting) {
        meetings.remove(current.getId(), meeting.id(), meeting.version());
        Messages.info("meetings.removed", meeting.details().title());
        reload();
    }

    // the minutes dialog

    public void openMinutes(MeetingSummary meeting) {
        projectStakeholders = stakeholders.ofProject(current.getId());
        read(meetings.minutes(current.getId(), meeting.id()));
    }

    public void addItem() {
        read(meetings.addItem(current.getId(), minutes.meeting().id(), minutes.meeting().version(), new AgendaItemDetails(newTopic, newPresenter, "")));
        newTopic = null;
        newPresenter = null;
    }

    public void moveUp(AgendaItemView item) {
        read(meetings.moveItemUp(current.getId(), minutes.meeting().id(), item.id(), minutes.meeting().version()));
    }

    public void removeItem(AgendaItemView item) {
        read(meetings.removeItem(current.getId(), minutes.meeting().id(), item.id(), minutes.meeting().version()));
    }

    /** Saves the minutes of the items the user changed and the attendance, each as of the meeting's version the user opened. */
    public void saveMinutes() {
        MeetingMinutes now = minutes;
        UUID meeting = now.meeting().id();
        for (AgendaItemView item : now.agenda()) {
            String text = Objects.requireNonNullElse(minutesText.get(item.id()), "");
            if (!text.strip().equals(item.details().minutes())) {
                now = meetings.reviseItem(current.getId(), meeting, item.id(), now.meeting().version(),
                        new AgendaItemDetails(item.details().topic(), item.details().presenter(), text));
            }
        }
        List<Attendance> wanted = new ArrayList<>();
        for (StakeholderSummary s : projectStakeholders) {
            String state = attendance.getOrDefault(s.id(), NOT_INVITED);
            if (!NOT_INVITED.equals(state)) {
                wanted.add(new Attendance(s.id(), PRESENT.equals(state)));
            }
        }
        if (!wanted.equals(recorded(now))) {
            now = meetings.recordAttendance(current.getId(), meeting, now.meeting().version(), wanted);
        }
        read(now);
        meetingList = null;
        Messages.info("meetings.minutesSaved", now.meeting().details().title());
    }

    public StreamedContent minutesPdf(String language) {
        MeetingSummary meeting = minutes.meeting();
        byte[] pdf = meetings.pdf(current.getId(), meeting.id(), Locale.forLanguageTag(language));
        String name = "%s-%s-%s.pdf".formatted(current.getDetails().code(), meeting.details().startsAt().toLocalDate(), language);
        return DefaultStreamedContent.builder().name(name).contentType(MinutesDocument.MEDIA_TYPE).contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private void read(MeetingMinutes read) {
        minutes = read;
        minutesText = new HashMap<>();
        read.agenda().forEach(item -> minutesText.put(item.id(), item.details().minutes()));
        attendance = new HashMap<>();
        Map<UUID, Boolean> present = new HashMap<>();
        read.attendees().forEach(a -> a.stakeholderId().ifPresent(id -> present.put(id, a.present())));
        projectStakeholders.forEach(s -> attendance.put(s.id(), present.containsKey(s.id()) ? (present.get(s.id()) ? PRESENT : ABSENT) : NOT_INVITED));
    }

    /** The attendance as recorded, in the order of the project's stakeholders (how the dialog builds the wanted list). */
    private List<Attendance> recorded(MeetingMinutes read) {
        Map<UUID, Boolean> present = new HashMap<>();
        read.attendees().forEach(a -> a.stakeholderId().ifPresent(id -> present.put(id, a.present())));
        return projectStakeholders.stream().filter(s -> present.containsKey(s.id())).map(s -> new Attendance(s.id(), present.get(s.id()))).toList();
    }

    /** Attendees recorded before who have left the map since: named in the minutes, no longer in the menus. */
    public List<AttendeeView> getFormerAttendees() {
        return minutes == null ? List.of() : minutes.attendees().stream().filter(a -> a.stakeholderId().isEmpty()).toList();
    }

    // decisions

    public void startDecision() {
        decisionForm = DecisionForm.in(null, LocalDate.now(clock), "");
    }

    /** A decision taken in the meeting whose minutes are open. */
    public void startDecisionInMeeting() {
        decisionForm = DecisionForm.in(minutes.meeting().id(), minutes.meeting().details().startsAt().toLocalDate(), minutes.meeting().details().chair());
    }

    public void editDecision(DecisionSummary decision) {
        decisionForm = DecisionForm.of(decision);
    }

    public void saveDecision() {
        DecisionSummary saved = decisionForm.isNew()
                ? decisions.record(current.getId(), decisionForm.getMeetingId(), decisionForm.getAgendaItemId(), decisionForm.toDetails())
                : decisions.revise(current.getId(), decisionForm.getId(), decisionForm.getVersion(), decisionForm.toDetails());
        Messages.info("decisions.saved", saved.details().decision());
        afterMinutesChange(saved.origin().meetingId().isPresent());
    }

    public void removeDecision(DecisionSummary decision) {
        decisions.remove(current.getId(), decision.id(), decision.version());
        Messages.info("decisions.removed", decision.details().decision());
        afterMinutesChange(decision.origin().meetingId().isPresent());
    }

    // lessons

    public void startLesson() {
        lessonForm = new LessonForm();
    }

    public void editLesson(LessonSummary lesson) {
        lessonForm = LessonForm.of(lesson);
    }

    public void saveLesson() {
        LessonSummary saved = lessonForm.isNew()
                ? lessons.learn(current.getId(), lessonForm.toDetails())
                : lessons.revise(current.getId(), lessonForm.getId(), lessonForm.getVersion(), lessonForm.toDetails());
        Messages.info("lessons.saved", saved.details().whatHappened());
        lessonList = null;
    }

    public void removeLesson(LessonSummary lesson) {
        lessons.remove(current.getId(), lesson.id(), lesson.version());
        Messages.info("lessons.removed");
        lessonList = null;
    }

    // actions

    public void startAction() {
        actionForm = ActionForm.in(null, LocalDate.now(clock).plusWeeks(1));
    }

    /** An action agreed in the meeting whose minutes are open. */
    public void startActionInMeeting() {
        actionForm = ActionForm.in(minutes.meeting().id(), minutes.meeting().details().startsAt().toLocalDate().plusWeeks(1));
    }

    public void editAction(ActionSummary action) {
        actionForm = ActionForm.of(action);
    }

    public void saveAction() {
        ActionSummary saved = actionForm.isNew()
                ? actions.agree(current.getId(), actionForm.getMeetingId(), actionForm.getAgendaItemId(), actionForm.toDetails())
                : actions.revise(current.getId(), actionForm.getId(), actionForm.getVersion(), actionForm.toDetails());
        Messages.info("actions.saved", saved.details().description(), saved.details().owner());
        afterMinutesChange(saved.origin().meetingId().isPresent());
    }

    public void toggleDone(ActionSummary action) {
        ActionSummary saved = actions.done(current.getId(), action.id(), action.version(), action.status() == ActionStatus.OPEN);
        Messages.info("actions." + saved.status(), saved.details().description());
        afterMinutesChange(saved.origin().meetingId().isPresent());
    }

    public void removeAction(ActionSummary action) {
        actions.remove(current.getId(), action.id(), action.version());
        Messages.info("actions.removed", action.details().description());
        afterMinutesChange(action.origin().meetingId().isPresent());
    }

    private void afterMinutesChange(boolean inMeeting) {
        decisionList = null;
        actionList = null;
        meetingList = null;
        if (inMeeting && minutes != null) {
            read(meetings.minutes(current.getId(), minutes.meeting().id()));
        }
    }

    private void reload() {
        meetingList = null;
        decisionList = null;
        actionList = null;
    }

    /** An item of the open meeting's agenda, for the "at agenda item" menus. */
    public List<AgendaItemView> getAgenda() {
        return minutes == null ? List.of() : minutes.agenda();
    }

    public MeetingMinutes getMinutes() { return minutes; }
    public List<StakeholderSummary> getProjectStakeholders() { return projectStakeholders; }
    public Map<UUID, String> getAttendance() { return attendance; }
    public Map<UUID, String> getMinutesText() { return minutesText; }
    public String getNewTopic() { return newTopic; }
    public void setNewTopic(String newTopic) { this.newTopic = newTopic; }
    public String getNewPresenter() { return newPresenter; }
    public void setNewPresenter(String newPresenter) { this.newPresenter = newPresenter; }
    public MeetingForm getMeetingForm() { return meetingForm; }
    public DecisionForm getDecisionForm() { return decisionForm; }
    public LessonForm getLessonForm() { return lessonForm; }
    public ActionForm getActionForm() { return actionForm; }
    public String getPresent() { return PRESENT; }
    public String getAbsent() { return ABSENT; }
}
