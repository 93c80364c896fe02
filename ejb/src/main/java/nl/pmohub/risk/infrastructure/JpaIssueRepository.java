package nl.pmohub.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.risk.application.IssueRepository;
import nl.pmohub.risk.application.IssueSummary;
import nl.pmohub.risk.domain.ProjectIssue;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issue logs of the current tenant (row-level security and {@code @TenantId}; indexes of V24). */
@ApplicationScoped
public class JpaIssueRepository extends ProjectRecordStore<ProjectIssue> implements IssueRepository {

    public JpaIssueRepository() {
        super(ProjectIssue.class, "Issue");
    }

    @Override
    public List<IssueSummary> ofProject(UUID projectId, boolean withResolved) {
        return em.createQuery("select i from ProjectIssue i where i.projectId = :project" + (withResolved ? "" : " and i.resolvedOn is null")
                        + " order by i.resolvedOn desc nulls first, case i.priority when "
                        + "nl.pmohub.risk.domain.IssuePriority.HIGH then 0 when nl.pmohub.risk.domain.IssuePriority.MEDIUM then 1 else 2 end, i.raisedOn, i.title",
                ProjectIssue.class).setParameter("project", projectId).getResultList().stream().map(JpaIssueRepository::summary).toList();
    }

    @Override
    public Optional<IssueSummary> view(UUID projectId, UUID id) {
        return find(id).filter(i -> i.belongsTo(projectId)).map(JpaIssueRepository::summary);
    }

    @Override
    public boolean existsForRisk(UUID riskId) {
        return !em.createQuery("select i.id from ProjectIssue i where i.riskId = :risk", UUID.class).setParameter("risk", riskId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public long countOpen() {
        return em.createQuery("select count(i) from ProjectIssue i where i.resolvedOn is null", Long.class).getSingleResult();
    }

    private static IssueSummary summary(ProjectIssue i) {
        return new IssueSummary(i.id(), i.projectId(), i.riskId().orElse(null), i.details(), i.raisedOn(), i.resolution().orElse(null),
                i.resolvedOn().orElse(null), i.version());
    }
}
