package nl.pmohub.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.planning.domain.Stage;
import nl.pmohub.planning.infrastructure.StageRepository;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.infrastructure.ProjectRepository;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The rules every planned thing shares: it belongs to a project of the tenant, changes only while that
 * project is active, lies within the project's period and, when it names a stage, within that stage.
 */
@ApplicationScoped
public class PlanRules {

    @Inject
    ProjectRepository projects;

    @Inject
    StageRepository stages;

    public Project project(UUID projectId) {
        return projects.find(projectId).orElseThrow(() -> new NotFoundException(ProjectService.WHAT, projectId));
    }

    /** The project, which must be active for its plan to change. */
    public Project activeProject(UUID projectId) {
        Project project = project(projectId);
        project.requireActive();
        return project;
    }

    /** Checks that {@code from – to} lies within the project and, if a stage is named, within that stage of the project. */
    public void requirePlaceable(Project project, UUID stageId, String field, LocalDate from, LocalDate to) {
        ProjectDetails period = project.details();
        if (from.isBefore(period.startDate()) || to.isAfter(period.endDate())) {
            throw new BadInputException(field, "planning.error.outsideProject",
                    "must lie within the project (" + period.startDate() + " – " + period.endDate() + ")", period.startDate(), period.endDate());
        }
        if (stageId == null) {
            return;
        }
        Stage stage = stages.find(stageId).filter(s -> s.projectId().equals(project.id()))
                .orElseThrow(() -> new BadInputException("stageId", "planning.error.unknownStage", "is not a stage of this project"));
        if (!stage.contains(from) || !stage.contains(to)) {
            throw new BadInputException(field, "planning.error.outsideStage",
                    "must lie within its stage " + stage.name() + " (" + stage.startDate() + " – " + stage.endDate() + ")",
                    stage.name(), stage.startDate(), stage.endDate());
        }
    }
}
