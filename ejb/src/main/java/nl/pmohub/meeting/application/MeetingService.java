package nl.pmohub.meeting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.meeting.domain.Agenda;
import nl.pmohub.meeting.domain.AgendaItem;
import nl.pmohub.meeting.domain.AgendaItemDetails;
import nl.pmohub.meeting.domain.Attendance;
import nl.pmohub.meeting.domain.Attendee;
import nl.pmohub.meeting.domain.Meeting;
import nl.pmohub.meeting.domain.MeetingDetails;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.stakeholder.application.StakeholderService;
import nl.pmohub.stakeholder.application.StakeholderSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Meetings of a project and their minutes. Everyone in the tenant reads them; project managers, the PMO and
 * administrators keep them on open projects. Every change of the agenda or attendance names the meeting's version
 * (If-Match) and takes it forward, so two people taking minutes of one meeting cannot overwrite each other.
 * Attendees are the project's stakeholders (read through the stakeholder map's service), their names copied.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class MeetingService {

    static final String WHAT = "Meeting";
    static final String ITEM = "Agenda item";

    @Inject
    MeetingRepository meetings;

    @Inject
    DecisionRepository decisions;

    @Inject
    ActionRepository actions;

    @Inject
    ProjectPort projects;

    @Inject
    StakeholderService stakeholders;

    @Inject
    MinutesDocument document;

    @Inject
    Clock clock;

    /** The project's meetings, latest first. */
    public List<MeetingSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return meetings.ofProject(projectId);
    }

    public MeetingSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return view(projectId, id);
    }

    /** The meeting with its agenda and minutes, attendance, decisions and actions. */
    public MeetingMinutes minutes(@NotNull UUID projectId, @NotNull UUID id) {
        String title = projects.title(projectId);
        MeetingSummary meeting = view(projectId, id);
        List<AgendaItemView> agenda = meetings.agenda(id).stream().map(i -> new AgendaItemView(i.id(), i.position(), i.details())).toList();
        return new MeetingMinutes(meeting, title, agenda, meetings.attendees(id), decisions.ofMeeting(id), actions.ofMeeting(id, LocalDate.now(clock)));
    }

    /** The minutes as a PDF in Dutch or English. */
    public byte[] pdf(@NotNull UUID projectId, @NotNull UUID id, @NotNull Locale locale) {
        return document.render(minutes(projectId, id), locale);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingSummary schedule(@NotNull UUID projectId, @NotNull @Valid MeetingDetails details) {
        projects.requireOpen(projectId);
        Meeting meeting = Meeting.schedule(projectId, details);
        meetings.add(meeting);
        return stored(meeting);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid MeetingDetails details) {
        Meeting meeting = meetings.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        meeting.describe(details);
        return stored(meeting);
    }

    /** Removes the meeting with its agenda and attendance; decisions and actions recorded in it stay, without the link. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Meeting meeting = meetings.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        meetings.remove(meeting);
        meetings.flush();
    }

    /** Puts an item at the end of the agenda. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingMinutes addItem(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid AgendaItemDetails details) {
        Meeting meeting = changing(projectId, id, expectedVersion);
        meetings.addItem(new Agenda(id, meetings.agenda(id)).add(details));
        return changed(meeting);
    }

    /** Rewords an item or takes its minutes. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingMinutes reviseItem(@NotNull UUID projectId, @NotNull UUID id, @NotNull UUID itemId, long expectedVersion,
                                     @NotNull @Valid AgendaItemDetails details) {
        Meeting meeting = changing(projectId, id, expectedVersion);
        item(meetings.agenda(id), itemId).describe(details);
        return changed(meeting);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingMinutes removeItem(@NotNull UUID projectId, @NotNull UUID id, @NotNull UUID itemId, long expectedVersion) {
        Meeting meeting = changing(projectId, id, expectedVersion);
        List<AgendaItem> items = meetings.agenda(id);
        AgendaItem item = item(items, itemId);
        new Agenda(id, items).remove(item);
        meetings.removeItem(item);
        return changed(meeting);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingMinutes moveItemUp(@NotNull UUID projectId, @NotNull UUID id, @NotNull UUID itemId, long expectedVersion) {
        Meeting meeting = changing(projectId, id, expectedVersion);
        List<AgendaItem> items = meetings.agenda(id);
        new Agenda(id, items).moveUp(item(items, itemId));
        return changed(meeting);
    }

    /**
     * Records who was invited and who came: each a stakeholder of the project, named as the map names them now. The
     * list replaces the one recorded before; a stakeholder named twice counts once (the last word wins).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MeetingMinutes recordAttendance(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion,
                                           @NotNull List<@NotNull @Valid Attendance> attendance) {
        Meeting meeting = changing(projectId, id, expectedVersion);
        Map<UUID, String> names = stakeholders.ofProject(projectId).stream()
                .collect(Collectors.toMap(StakeholderSummary::id, StakeholderSummary::name));
        Map<UUID, Boolean> present = new LinkedHashMap<>();
        for (Attendance a : attendance) {
            if (!names.containsKey(a.stakeholderId())) {
                throw new BadInputException("attendees", "meeting.error.notAStakeholder", "not a stakeholder of the project: " + a.stakeholderId(),
                        a.stakeholderId());
            }
            present.put(a.stakeholderId(), a.present());
        }
        List<Attendee> attendees = new ArrayList<>();
        present.forEach((stakeholder, came) -> attendees.add(Attendee.of(id, stakeholder, names.get(stakeholder), came)));
        meetings.replaceAttendees(id, attendees);
        return changed(meeting);
    }

    private Meeting changing(UUID projectId, UUID id, long expectedVersion) {
        Meeting meeting = meetings.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        return meeting;
    }

    private MeetingMinutes changed(Meeting meeting) {
        meetings.flush();
        meetings.changed(meeting);
        return minutes(meeting.projectId(), meeting.id());
    }

    private static AgendaItem item(List<AgendaItem> items, UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow(() -> new NotFoundException(ITEM, itemId));
    }

    private MeetingSummary view(UUID projectId, UUID id) {
        return meetings.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    private MeetingSummary stored(Meeting meeting) {
        meetings.flush();
        return view(meeting.projectId(), meeting.id());
    }
}
