package nl.pmohub.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.meeting.application.ActionRepository;
import nl.pmohub.meeting.application.ActionSummary;
import nl.pmohub.meeting.domain.ActionItem;
import nl.pmohub.meeting.domain.ActionStatus;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Action items of the current tenant, each read with its project's code in the same query. The owner's open actions and
 * the overdue count are ranges of the partial indexes on open actions (V23).
 */
@ApplicationScoped
public class JpaActionRepository extends ProjectRecordStore<ActionItem> implements ActionRepository {

    private static final String WITH_CODE = "select a, p.code from ActionItem a join Project p on p.id = a.projectId";
    /** Open ('OPEN') sorts after done ('DONE'): descending puts open actions first. */
    private static final String ORDER = " order by a.status desc, a.dueDate, a.description";

    public JpaActionRepository() {
        super(ActionItem.class, "Action item");
    }

    @Override
    public List<ActionSummary> ofProject(UUID projectId, LocalDate today) {
        return summaries(em.createQuery(WITH_CODE + " where a.projectId = :project" + ORDER, Object[].class).setParameter("project", projectId)
                .getResultList(), today);
    }

    @Override
    public List<ActionSummary> ofMeeting(UUID meetingId, LocalDate today) {
        return summaries(em.createQuery(WITH_CODE + " where a.meetingId = :meeting" + ORDER, Object[].class).setParameter("meeting", meetingId)
                .getResultList(), today);
    }

    @Override
    public Optional<ActionSummary> view(UUID projectId, UUID id, LocalDate today) {
        return summaries(em.createQuery(WITH_CODE + " where a.id = :id and a.projectId = :project", Object[].class).setParameter("id", id)
                .setParameter("project", projectId).getResultList(), today).stream().findFirst();
    }

    @Override
    public List<ActionSummary> openOf(Collection<String> owners, LocalDate today, int limit) {
        return summaries(em.createQuery(WITH_CODE + " where a.status = :open and lower(a.owner) in :owners order by a.dueDate, p.code", Object[].class)
                .setParameter("open", ActionStatus.OPEN).setParameter("owners", owners).setMaxResults(limit).getResultList(), today);
    }

    @Override
    public long countOverdue(LocalDate today) {
        return em.createQuery("select count(a) from ActionItem a where a.status = :open and a.dueDate < :today", Long.class)
                .setParameter("open", ActionStatus.OPEN).setParameter("today", today).getSingleResult();
    }

    private static List<ActionSummary> summaries(List<Object[]> rows, LocalDate today) {
        return rows.stream().map(row -> {
            ActionItem a = (ActionItem) row[0];
            return new ActionSummary(a.id(), a.projectId(), (String) row[1], a.origin(), a.details(), a.status(), a.doneOn(), a.overdue(today), a.version());
        }).toList();
    }
}
