package nl.pmohub.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.planning.domain.Stage;
import nl.pmohub.portfolio.application.OpenProject;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.domain.BadInputException;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The rules every planned thing shares: it belongs to a project of the tenant, changes only while that
 * project is active, lies within the project's period and, when it names a stage, within that stage.
 */
@ApplicationScoped
public class PlanRules {

    @Inject
    ProjectPort projects;

    @Inject
    StageRepository stages;

    public void project(UUID projectId) {
        projects.requireExisting(projectId);
    }

    /** The project, which must be active for its plan to change. */
    public OpenProject activeProject(UUID projectId) {
        return projects.requireOpen(projectId);
    }

    /** A stage gate's stop decision closes the project on the day of the decision. */
    public void closeProject(UUID projectId, LocalDate on) {
        projects.closeEarly(projectId, on);
    }

    /** Checks that {@code from – to} lies within the project and, if a stage is named, within that stage of the project. */
    public void requirePlaceable(OpenProject project, UUID stageId, String field, LocalDate from, LocalDate to) {
        if (from.isBefore(project.startDate()) || to.isAfter(project.endDate())) {
            throw new BadInputException(field, "planning.error.outsideProject",
                    "must lie within the project (" + project.startDate() + " – " + project.endDate() + ")", project.startDate(), project.endDate());
        }
        if (stageId == null) {
            return;
        }
        Stage stage = stages.find(stageId).filter(s -> s.belongsTo(project.id()))
                .orElseThrow(() -> new BadInputException("stageId", "planning.error.unknownStage", "is not a stage of this project"));
        if (!stage.contains(from) || !stage.contains(to)) {
            throw new BadInputException(field, "planning.error.outsideStage",
                    "must lie within its stage " + stage.name() + " (" + stage.startDate() + " – " + stage.endDate() + ")",
                    stage.name(), stage.startDate(), stage.endDate());
        }
    }
}
