package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetBaseline;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.UUID;

/** Budget baselines of the current tenant's projects. */
public interface BaselineRepository extends ProjectRecords<BudgetBaseline> {

    /** The project's baselines, oldest first, with their months (two queries whatever their number). */
    List<BaselinePlan> ofProject(UUID projectId);

    /** The highest baseline number of the project, 0 without one. */
    int lastNumber(UUID projectId);
}
