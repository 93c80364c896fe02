package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.Stage;
import nl.pmohub.planning.domain.StageGate;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stages and their gates, for the current tenant. */
public interface StageRepository extends ProjectRecords<Stage> {

    List<StageSummary> ofProject(UUID projectId);

    StageSummary view(UUID id);

    /** The stages of one project as entities, in order (for the overlap and gate rules). */
    List<Stage> stagesOf(UUID projectId);

    /** Stages not yet closed of active projects, with their project (what the exceptions card judges). */
    List<Object[]> openOfActiveProjects();

    Optional<StageGate> gateOf(UUID stageId);

    void addGate(StageGate gate);

    /** Milestones and deliverables planned in the stage (a stage cannot shrink away from them). */
    long workOutside(UUID stageId, java.time.LocalDate start, java.time.LocalDate end);
}
