package nl.pmohub.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Planning's published port for the work done on a project: every deliverable and milestone with its
 * progress (budgets derive earned value from it, each item weighing the same), and the milestones and stages
 * in exception that progress reports name.
 */
@ApplicationScoped
public class ProgressPort {

    @Inject
    DeliverableRepository deliverables;

    @Inject
    MilestoneRepository milestones;

    @Inject
    StageRepository stages;

    public List<WorkProgress> ofProject(UUID projectId) {
        List<WorkProgress> work = new ArrayList<>();
        deliverables.ofProject(projectId).forEach(d -> work.add(new WorkProgress(d.percentComplete(), d.completedOn())));
        milestones.ofProject(projectId).forEach(m -> work.add(new WorkProgress(m.percentComplete(), m.achievedOn())));
        return work;
    }

    /** The project's milestones by planned date. */
    public List<MilestoneSummary> milestones(UUID projectId) {
        return milestones.ofProject(projectId);
    }

    /** The project's stages that exceed a tolerance on {@code day}. */
    public List<StageSummary> stagesInException(UUID projectId, LocalDate day) {
        return stages.ofProject(projectId).stream().filter(stage -> !stage.breaches(day).isEmpty()).toList();
    }
}
