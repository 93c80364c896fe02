package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetLine;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.UUID;

/** Budget lines of the current tenant's projects. */
public interface BudgetLineRepository extends ProjectRecords<BudgetLine> {

    /** The project's lines by category and first month. */
    List<BudgetLineSummary> ofProject(UUID projectId);
}
