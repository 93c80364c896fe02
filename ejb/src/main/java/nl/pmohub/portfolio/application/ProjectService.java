package nl.pmohub.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.DuplicateException;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.domain.StaleVersionException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The project use cases of a tenant. Everyone in the tenant reads; project managers, PMO officers and
 * tenant administrators change. Every change names the version it was based on, so a concurrent edit
 * is refused ({@link StaleVersionException}) rather than silently overwritten.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class ProjectService {

    @Inject
    Clock clock;

    public static final String WHAT = "Project";

    @Inject
    ProjectRepository projects;

    public Page<ProjectSummary> list(@NotNull @Valid ProjectFilter filter, @NotNull @Valid PageRequest page) {
        requireSortable(page);
        return projects.list(filter, page);
    }

    /** One page without the total: for the dashboard table, which asks {@link #count} on its own. */
    public List<ProjectSummary> page(@NotNull @Valid ProjectFilter filter, @NotNull @Valid PageRequest page) {
        requireSortable(page);
        return projects.items(filter, page);
    }

    public long count(@NotNull @Valid ProjectFilter filter) {
        return projects.count(filter);
    }

    public ProjectSnapshot get(@NotNull UUID id) {
        return ProjectSnapshot.of(load(id));
    }

    public PortfolioHealth health() {
        return projects.health();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ProjectSnapshot start(@NotNull @Valid ProjectDetails details) {
        requireFreeCode(details.code(), null);
        Project project = Project.start(details);
        projects.add(project);
        return stored(project);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ProjectSnapshot revise(@NotNull UUID id, long expectedVersion, @NotNull @Valid ProjectDetails details) {
        Project project = load(id, expectedVersion);
        requireFreeCode(details.code(), id);
        project.revise(details);
        return stored(project);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ProjectSnapshot close(@NotNull UUID id, long expectedVersion) {
        Project project = load(id, expectedVersion);
        project.close(LocalDate.now(clock));
        return stored(project);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ProjectSnapshot reopen(@NotNull UUID id, long expectedVersion) {
        Project project = load(id, expectedVersion);
        project.reopen();
        return stored(project);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public void remove(@NotNull UUID id, long expectedVersion) {
        projects.remove(load(id, expectedVersion));
    }

    private void requireSortable(PageRequest page) {
        if (!projects.isSortable(page.sort())) {
            throw new BadInputException("sort", "problem.cannotSort", "cannot sort by " + page.sort(), page.sort());
        }
    }

    private ProjectSnapshot stored(Project project) {
        projects.flush();
        return ProjectSnapshot.of(project);
    }

    private Project load(UUID id) {
        return projects.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    private Project load(UUID id, long expectedVersion) {
        Project project = load(id);
        StaleVersionException.require(WHAT, id, expectedVersion, project.version());
        return project;
    }

    private void requireFreeCode(String code, UUID except) {
        if (projects.codeTaken(code, except)) {
            throw new DuplicateException("code", code);
        }
    }
}
