package nl.pmohub.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Planning's published port for the work done on a project: every deliverable and milestone with its
 * progress. Budgets derive earned value from it (each item weighs the same).
 */
@ApplicationScoped
public class ProgressPort {

    @Inject
    DeliverableRepository deliverables;

    @Inject
    MilestoneRepository milestones;

    public List<WorkProgress> ofProject(UUID projectId) {
        List<WorkProgress> work = new ArrayList<>();
        deliverables.ofProject(projectId).forEach(d -> work.add(new WorkProgress(d.percentComplete(), d.completedOn())));
        milestones.ofProject(projectId).forEach(m -> work.add(new WorkProgress(m.percentComplete(), m.achievedOn())));
        return work;
    }
}
