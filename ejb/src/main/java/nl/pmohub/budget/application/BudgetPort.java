package nl.pmohub.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.contracts.application.Commitments;
import nl.pmohub.hours.application.LabourCosts;
import nl.pmohub.planning.application.ProgressPort;
import nl.pmohub.portfolio.application.ProjectPort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Budgets' published port: a project's budget overview with earned value as of today, computed from
 * aggregates. The budget screen and API read it through {@link BudgetService}; progress reports take their
 * figures from it.
 */
@ApplicationScoped
public class BudgetPort {

    static final int RECENT_COSTS = 50;

    @Inject
    Clock clock;

    @Inject
    BudgetLineRepository lines;

    @Inject
    CostRepository costs;

    @Inject
    LabourCosts labour;

    @Inject
    ProgressPort progress;

    @Inject
    Commitments commitments;

    @Inject
    ProjectPort projects;

    @Inject
    BaselineRepository baselines;

    public BudgetOverview overview(UUID projectId) {
        return BudgetOverview.compute(projects.period(projectId), LocalDate.now(clock), lines.ofProject(projectId), costs.byMonth(projectId),
                labour.approvedByMonth(projectId), progress.ofProject(projectId), costs.recent(projectId, RECENT_COSTS),
                commitments.ofProject(projectId), baselines.ofProject(projectId));
    }
}
