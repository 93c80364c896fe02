package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.ProjectIssue;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The issue logs of the current tenant. */
public interface IssueRepository extends ProjectRecords<ProjectIssue> {

    /** The project's log: open issues first, by priority, then the resolved ones when asked. */
    List<IssueSummary> ofProject(UUID projectId, boolean withResolved);

    Optional<IssueSummary> view(UUID projectId, UUID id);

    boolean existsForRisk(UUID riskId);

    /** How many issues of the tenant are open. */
    long countOpen();
}
