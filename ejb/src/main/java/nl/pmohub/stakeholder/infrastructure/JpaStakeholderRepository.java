package nl.pmohub.stakeholder.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;
import nl.pmohub.stakeholder.application.StakeholderRepository;
import nl.pmohub.stakeholder.application.StakeholderSummary;
import nl.pmohub.stakeholder.domain.RaciAssignment;
import nl.pmohub.stakeholder.domain.Stakeholder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Stakeholders and RACI cells of the current tenant (row-level security and {@code @TenantId}). A row of the matrix is
 * locked with a transaction-level advisory lock on its deliverable, so concurrent saves of one row follow each other
 * and the second one sees the first one's tag.
 */
@ApplicationScoped
public class JpaStakeholderRepository extends ProjectRecordStore<Stakeholder> implements StakeholderRepository {

    public JpaStakeholderRepository() {
        super(Stakeholder.class, "Stakeholder");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("stakeholder_name_unique", () -> new RuleViolationException("name", "stakeholder.error.nameTaken",
                "A stakeholder of this name is on the project's map already"));
    }

    @Override
    public List<StakeholderSummary> ofProject(UUID projectId) {
        return em.createQuery("select s from Stakeholder s where s.projectId = :project order by s.power desc, s.interest desc, s.name", Stakeholder.class)
                .setParameter("project", projectId).getResultList().stream().map(JpaStakeholderRepository::summary).toList();
    }

    @Override
    public Optional<StakeholderSummary> view(UUID projectId, UUID id) {
        return find(id).filter(s -> s.belongsTo(projectId)).map(JpaStakeholderRepository::summary);
    }

    @Override
    public List<RaciAssignment> assignments(UUID projectId) {
        return em.createQuery("select a from RaciAssignment a where a.projectId = :project", RaciAssignment.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public List<RaciAssignment> lockRow(UUID projectId, UUID deliverableId) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(cast(:row as text), 0))) locked").setParameter("row", deliverableId)
                .getSingleResult();
        return em.createQuery("select a from RaciAssignment a where a.projectId = :project and a.deliverableId = :deliverable", RaciAssignment.class)
                .setParameter("project", projectId).setParameter("deliverable", deliverableId).getResultList();
    }

    @Override
    public void replaceRow(List<RaciAssignment> old, List<RaciAssignment> cells) {
        old.forEach(em::remove);
        em.flush();
        cells.forEach(em::persist);
        flush();
    }

    private static StakeholderSummary summary(Stakeholder s) {
        return new StakeholderSummary(s.id(), s.projectId(), s.details(), s.version());
    }
}
