package nl.pmohub.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.planning.application.DeliverableRepository;
import nl.pmohub.planning.application.DeliverableSummary;
import nl.pmohub.planning.domain.Deliverable;
import nl.pmohub.planning.domain.DeliverableDependency;
import nl.pmohub.planning.domain.DependencyGraph;
import nl.pmohub.planning.domain.DependencyLink;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Deliverables and their finish-to-start links, for the current tenant. */
@ApplicationScoped
public class JpaDeliverableRepository extends ProjectRecordStore<Deliverable> implements DeliverableRepository {

    public JpaDeliverableRepository() {
        super(Deliverable.class, "Deliverable");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("dependency_once", DependencyGraph::duplicate);
    }

    private static final String VIEW = """
            select new nl.pmohub.planning.application.DeliverableSummary(d.id, d.projectId, d.stageId, d.name, d.owner, d.startDate,
                d.endDate, d.baselineStart, d.baselineEnd, d.percentComplete, d.completedOn, d.version)
            from Deliverable d
            """;

    @Override
    public List<DeliverableSummary> ofProject(UUID projectId) {
        return em.createQuery(VIEW + " where d.projectId = :project order by d.startDate, d.name", DeliverableSummary.class)
                .setParameter("project", projectId).getResultList();
    }

    /** One deliverable's row, without its links. */
    @Override
    public DeliverableSummary view(UUID id) {
        return em.createQuery(VIEW + " where d.id = :id", DeliverableSummary.class).setParameter("id", id).getSingleResult();
    }

    /** The predecessors of one deliverable, with their planned ends. */
    @Override
    public List<DeliverableSummary> predecessorsOf(UUID successorId) {
        return em.createQuery(VIEW + " join DeliverableDependency l on l.predecessorId = d.id where l.successorId = :successor",
                DeliverableSummary.class).setParameter("successor", successorId).getResultList();
    }

    @Override
    public List<DependencyLink> linksOf(UUID projectId) {
        return em.createQuery("""
                select new nl.pmohub.planning.domain.DependencyLink(l.predecessorId, l.successorId)
                from DeliverableDependency l where l.projectId = :project""", DependencyLink.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public Optional<DeliverableDependency> link(UUID predecessorId, UUID successorId) {
        return em.createQuery("select l from DeliverableDependency l where l.predecessorId = :p and l.successorId = :s", DeliverableDependency.class)
                .setParameter("p", predecessorId).setParameter("s", successorId).getResultStream().findFirst();
    }

    @Override
    public void addLink(DeliverableDependency link) {
        em.persist(link);
    }

    @Override
    public void removeLink(DeliverableDependency link) {
        em.remove(link);
    }
}
