package nl.pmohub.risk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.risk.domain.IssueDetails;
import nl.pmohub.risk.domain.ProjectIssue;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The issue log of a project: problems, requests for change and off-specifications, raised directly or by a risk that
 * occurred (the risk register writes those, see {@link RiskService}). Everyone reads it; project managers, the PMO and
 * administrators keep it on open projects.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class IssueService {

    static final String WHAT = "Issue";

    @Inject
    Clock clock;

    @Inject
    IssueRepository issues;

    @Inject
    ProjectPort projects;

    public List<IssueSummary> ofProject(@NotNull UUID projectId, boolean withResolved) {
        projects.requireExisting(projectId);
        return issues.ofProject(projectId, withResolved);
    }

    public IssueSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return issues.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public IssueSummary raise(@NotNull UUID projectId, @NotNull @Valid IssueDetails details) {
        projects.requireOpen(projectId);
        ProjectIssue issue = ProjectIssue.raise(projectId, details, LocalDate.now(clock));
        issues.add(issue);
        return stored(issue);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public IssueSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid IssueDetails details) {
        ProjectIssue issue = issues.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        issue.revise(details);
        return stored(issue);
    }

    /** Resolves the issue today with what was done; with a null resolution, opens it again. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public IssueSummary resolve(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @Size(max = 2000) String resolution, boolean reopen) {
        ProjectIssue issue = issues.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        if (reopen) {
            issue.reopen();
        } else {
            issue.resolve(resolution, LocalDate.now(clock));
        }
        return stored(issue);
    }

    /** How many issues of the tenant are open (the dashboard's number). */
    public long countOpen() {
        return issues.countOpen();
    }

    private IssueSummary stored(ProjectIssue issue) {
        issues.flush();
        return issues.view(issue.projectId(), issue.id()).orElseThrow(() -> new NotFoundException(WHAT, issue.id()));
    }
}
