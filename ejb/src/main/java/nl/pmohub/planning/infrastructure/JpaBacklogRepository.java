package nl.pmohub.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import nl.pmohub.planning.application.BacklogRepository;
import nl.pmohub.planning.application.BacklogItemSummary;
import nl.pmohub.planning.application.BacklogScope;
import nl.pmohub.planning.domain.BacklogItem;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Backlog items of the current tenant; lists are projections in rank order (one query each). */
@ApplicationScoped
public class JpaBacklogRepository extends ProjectRecordStore<BacklogItem> implements BacklogRepository {

    public JpaBacklogRepository() {
        super(BacklogItem.class, "Backlog item");
    }

    /** The rank after the project's last item. */
    @Override
    public int nextRank(UUID projectId) {
        Integer max = em.createQuery("select max(i.rank) from BacklogItem i where i.projectId = :project", Integer.class)
                .setParameter("project", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The items of a sprint, as entities (to start or review it). */
    @Override
    public List<BacklogItem> inSprint(UUID sprintId) {
        return em.createQuery("select i from BacklogItem i where i.sprintId = :sprint", BacklogItem.class)
                .setParameter("sprint", sprintId).getResultList();
    }

    @Override
    public List<BacklogItemSummary> list(UUID projectId, BacklogScope scope) {
        String where = scope.sprintId() != null ? " and i.sprintId = :sprint" : scope.productOnly() ? " and i.sprintId is null" : "";
        TypedQuery<BacklogItemSummary> query = em.createQuery("""
                select new nl.pmohub.planning.application.BacklogItemSummary(
                    i.id, i.projectId, i.sprintId, s.number, i.title, i.description, i.estimate, i.rank, i.status, i.doneOn, i.version)
                from BacklogItem i left join Sprint s on s.id = i.sprintId
                where i.projectId = :project""" + where + " order by i.rank, i.title, i.id", BacklogItemSummary.class)
                .setParameter("project", projectId);
        if (scope.sprintId() != null) {
            query.setParameter("sprint", scope.sprintId());
        }
        return query.getResultList();
    }

    @Override
    public Optional<BacklogItemSummary> view(UUID projectId, UUID id) {
        return em.createQuery("""
                select new nl.pmohub.planning.application.BacklogItemSummary(
                    i.id, i.projectId, i.sprintId, s.number, i.title, i.description, i.estimate, i.rank, i.status, i.doneOn, i.version)
                from BacklogItem i left join Sprint s on s.id = i.sprintId
                where i.projectId = :project and i.id = :id""", BacklogItemSummary.class)
                .setParameter("project", projectId).setParameter("id", id).getResultStream().findFirst();
    }
}
