package nl.pmohub.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.GateDecisionDetails;
import nl.pmohub.planning.domain.Stage;
import nl.pmohub.planning.domain.StageDetails;
import nl.pmohub.planning.domain.StageGate;
import nl.pmohub.planning.domain.StageStatus;
import nl.pmohub.planning.domain.ToleranceBreach;
import nl.pmohub.planning.domain.Tolerances;
import nl.pmohub.portfolio.application.OpenProject;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Prince2 stages of a project: planned within the project without overlapping, judged against their
 * tolerances, and closed by a stage gate. A gate's decision moves the project on: go (with or without
 * conditions) starts the next planned stage; stop closes the project prematurely.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class StageService {

    @Inject
    Clock clock;


    @Inject
    StageRepository stages;

    @Inject
    PlanRules rules;

    public List<StageSummary> ofProject(@NotNull UUID projectId) {
        rules.project(projectId);
        return stages.ofProject(projectId);
    }

    /** Stages of active projects that exceed a tolerance: the exceptions the board must decide on. */
    public List<StageInException> exceptions() {
        LocalDate today = LocalDate.now(clock);
        List<StageInException> found = new ArrayList<>();
        for (Object[] row : stages.openOfActiveProjects()) {
            Stage stage = (Stage) row[0];
            Set<ToleranceBreach> breaches = stage.breaches(today);
            if (!breaches.isEmpty()) {
                StageDetails d = stage.details();
                found.add(new StageInException(stage.id(), stage.projectId(), (String) row[1], (String) row[2], stage.name(), breaches,
                        d.endDate(), stage.baselineEnd(), d.timeToleranceDays(), d.forecastCost(),
                        Tolerances.costLimit(d.budget(), d.costTolerancePercent())));
            }
        }
        return found;
    }

    public GateSummary gate(@NotNull UUID projectId, @NotNull UUID stageId) {
        Stage stage = stages.get(projectId, stageId);
        return stages.gateOf(stage.id()).map(StageService::view)
                .orElseThrow(() -> new NotFoundException("Gate decision of stage", stageId));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public StageSummary plan(@NotNull UUID projectId, @NotNull @Valid StageDetails details) {
        OpenProject project = rules.activeProject(projectId);
        List<Stage> existing = stages.stagesOf(projectId);
        requirePlaceable(project, details, existing, null);
        Stage stage = Stage.plan(projectId, details, existing.isEmpty());
        stages.add(stage);
        return stored(stage.id());
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public StageSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid StageDetails details) {
        Stage stage = stages.get(projectId, id, expectedVersion);
        requirePlaceable(rules.activeProject(projectId), details, stages.stagesOf(projectId), stage);
        if (stages.workOutside(id, details.startDate(), details.endDate()) > 0) {
            throw new BadInputException("endDate", "stage.error.excludesWork",
                    "would leave milestones or deliverables of this stage outside it; move them first");
        }
        stage.revise(details);
        return stored(id);
    }

    /** The board accepts the forecast end as the stage's new baseline (time slippage back to zero). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public StageSummary rebaseline(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Stage stage = stages.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        stage.rebaseline();
        return stored(id);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Stage stage = stages.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        if (stage.status() != StageStatus.PLANNED) {
            throw new RuleViolationException("status", "stage.error.notRemovable", "Only a stage that has not started can be removed", stage.name());
        }
        stages.remove(stage);
    }

    /**
     * Records the end-stage gate of the running stage and carries out the decision: the stage closes;
     * on go the next planned stage starts; on stop the project closes on the day of the decision.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public GateSummary decide(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid GateDecisionDetails decision) {
        Stage stage = stages.get(projectId, id, expectedVersion);
        OpenProject project = rules.activeProject(projectId);
        stage.close();
        StageGate gate = StageGate.record(id, decision);
        stages.addGate(gate);
        if (decision.decision() == GateDecision.STOP) {
            rules.closeProject(projectId, decision.decidedOn());
        } else {
            stages.stagesOf(projectId).stream().filter(s -> s.status() == StageStatus.PLANNED).findFirst().ifPresent(Stage::start);
        }
        stages.flush();
        return view(gate);
    }

    /** Within the project, and overlapping no other stage of it (the database's exclusion constraint is the backstop). */
    private void requirePlaceable(OpenProject project, StageDetails details, List<Stage> existing, Stage self) {
        rules.requirePlaceable(project, null, "startDate", details.startDate(), details.endDate());
        for (Stage other : existing) {
            if (other != self && !details.endDate().isBefore(other.startDate()) && !details.startDate().isAfter(other.endDate())) {
                throw new BadInputException("startDate", "stage.error.overlap", "overlaps stage " + other.name()
                        + " (" + other.startDate() + " – " + other.endDate() + ")", other.name(), other.startDate(), other.endDate());
            }
        }
    }

    /** One stage of the project with its gate, if decided (404 for another project's or tenant's id). */
    public StageSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        return stages.view(stages.get(projectId, id).id());
    }

    private StageSummary stored(UUID id) {
        stages.flush();
        return stages.view(id);
    }

    private static GateSummary view(StageGate gate) {
        return new GateSummary(gate.id(), gate.stageId(), gate.details());
    }
}
