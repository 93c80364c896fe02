package nl.pmohub.portfolio.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.domain.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The portfolio's published port: what every project-owned context asks of a project ("does it exist in
 * this tenant", "is it open, and what is its period") without reaching into the portfolio's repository or
 * entity. A project of another tenant is not found, as if it did not exist.
 */
@ApplicationScoped
public class ProjectPort {

    @Inject
    ProjectRepository projects;

    /** Refuses with NotFoundException unless the project exists in the current tenant (open or closed). */
    public void requireExisting(UUID projectId) {
        load(projectId);
    }

    /** The project, which must be open (not closed) for records of it to change. */
    public OpenProject requireOpen(UUID projectId) {
        Project project = load(projectId);
        project.requireActive();
        return new OpenProject(project.id(), project.code(), project.details().startDate(), project.details().endDate());
    }

    /** The period of a project of the current tenant, open or closed (for reading what belongs to it). */
    public Period period(UUID projectId) {
        return load(projectId).details();
    }

    /** The project's code and name as people read it ("ACME-12 New office"). */
    public String title(UUID projectId) {
        Project project = load(projectId);
        return project.code() + " " + project.details().name();
    }

    /** The tenant's active projects by code (the first {@value PageRequest#MAX_SIZE}): what other contexts' demo data builds on. */
    public List<ProjectSummary> active() {
        return projects.items(new ProjectFilter(null, null, null, ProjectPhase.ACTIVE), new PageRequest(0, PageRequest.MAX_SIZE, "code", true));
    }

    /** Closes the project before its end, as a stage gate's stop decision does. */
    public void closeEarly(UUID projectId, LocalDate on) {
        load(projectId).close(on);
    }

    private Project load(UUID projectId) {
        return projects.find(projectId).orElseThrow(() -> new NotFoundException(ProjectService.WHAT, projectId));
    }
}
