package nl.pmohub.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.pmohub.meeting.application.AttendeeView;
import nl.pmohub.meeting.application.MeetingRepository;
import nl.pmohub.meeting.application.MeetingSummary;
import nl.pmohub.meeting.domain.ActionStatus;
import nl.pmohub.meeting.domain.AgendaItem;
import nl.pmohub.meeting.domain.Attendee;
import nl.pmohub.meeting.domain.Meeting;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Meetings of the current tenant (row-level security and {@code @TenantId}). A list is one query: each meeting with its
 * counts as correlated subqueries on the indexed meeting columns. A change of the agenda or attendance takes the
 * meeting's version forward with a forced increment, so the meeting's ETag covers its minutes.
 */
@ApplicationScoped
public class JpaMeetingRepository extends ProjectRecordStore<Meeting> implements MeetingRepository {

    private static final String WITH_COUNTS = """
            select m,
                   (select count(a) from AgendaItem a where a.meetingId = m.id),
                   (select count(t) from Attendee t where t.meetingId = m.id and t.present = true),
                   (select count(t) from Attendee t where t.meetingId = m.id),
                   (select count(x) from ActionItem x where x.meetingId = m.id and x.status = :open)
            from Meeting m where m.projectId = :project""";

    public JpaMeetingRepository() {
        super(Meeting.class, "Meeting");
    }

    @Override
    public List<MeetingSummary> ofProject(UUID projectId) {
        return em.createQuery(WITH_COUNTS + " order by m.startsAt desc, m.title", Object[].class).setParameter("open", ActionStatus.OPEN)
                .setParameter("project", projectId).getResultList().stream().map(JpaMeetingRepository::summary).toList();
    }

    @Override
    public Optional<MeetingSummary> view(UUID projectId, UUID id) {
        return em.createQuery(WITH_COUNTS + " and m.id = :id", Object[].class).setParameter("open", ActionStatus.OPEN)
                .setParameter("project", projectId).setParameter("id", id).getResultStream().findFirst().map(JpaMeetingRepository::summary);
    }

    @Override
    public List<AgendaItem> agenda(UUID meetingId) {
        return em.createQuery("select a from AgendaItem a where a.meetingId = :meeting order by a.position", AgendaItem.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<AttendeeView> attendees(UUID meetingId) {
        return em.createQuery("select t from Attendee t where t.meetingId = :meeting order by t.present desc, t.name", Attendee.class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .map(t -> new AttendeeView(t.stakeholderId(), t.name(), t.present())).toList();
    }

    @Override
    public void addItem(AgendaItem item) {
        em.persist(item);
    }

    @Override
    public void removeItem(AgendaItem item) {
        em.remove(item);
    }

    @Override
    public void replaceAttendees(UUID meetingId, List<Attendee> attendees) {
        em.createQuery("delete from Attendee t where t.meetingId = :meeting").setParameter("meeting", meetingId).executeUpdate();
        attendees.forEach(em::persist);
    }

    @Override
    public void changed(Meeting meeting) {
        em.lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private static MeetingSummary summary(Object[] row) {
        Meeting m = (Meeting) row[0];
        return new MeetingSummary(m.id(), m.projectId(), m.details(), (Long) row[1], (Long) row[2], (Long) row[3], (Long) row[4], m.version());
    }
}
