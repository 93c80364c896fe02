package nl.pmohub.budget.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.budget.domain.BudgetBaseline;
import nl.pmohub.budget.domain.BudgetLine;
import nl.pmohub.budget.domain.BudgetLineDetails;
import nl.pmohub.budget.domain.CostDetails;
import nl.pmohub.budget.domain.CostEntry;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * A project's budget: lines per category and month range, costs booked against it, and the overview with
 * earned value. Everyone in the tenant reads; project managers, the PMO and administrators change. A closed
 * project's budget no longer changes.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class BudgetService {

    static final String LINE = "Budget line";
    static final String COST = "Cost";
    static final String BASELINE = "Budget baseline";
    @Inject
    BudgetLineRepository lines;

    @Inject
    CostRepository costs;

    @Inject
    BudgetPort budgets;

    @Inject
    BaselineRepository baselines;

    @Resource
    SessionContext caller;

    @Inject
    ProjectPort projects;

    public BudgetOverview overview(@NotNull UUID projectId) {
        return budgets.overview(projectId);
    }

    /** The project's baselines, oldest first. */
    public List<BaselinePlan> baselines(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return baselines.ofProject(projectId);
    }

    /**
     * Takes the lines as they are now as the project's next baseline, keeping the earlier ones: from now on
     * earned value is measured against it. Project managers and administrators (who answer to the board for it).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public BaselinePlan rebaseline(@NotNull UUID projectId, @NotNull @Valid Rebaseline rebaseline) {
        projects.requireOpen(projectId);
        BudgetBaseline baseline = BudgetBaseline.take(projectId, baselines.lastNumber(projectId) + 1, rebaseline.reason(),
                caller.getCallerPrincipal().getName(), BudgetOverview.plannedByMonth(lines.ofProject(projectId)));
        baselines.add(baseline);
        baselines.flush();
        return baselines.ofProject(projectId).stream().filter(b -> b.id().equals(baseline.id())).findFirst()
                .orElseThrow(() -> new NotFoundException(BASELINE, baseline.id()));
    }

    public BudgetLineSummary line(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return summary(lines.get(projectId, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public BudgetLineSummary plan(@NotNull UUID projectId, @NotNull @Valid BudgetLineDetails details) {
        BudgetLine line = BudgetLine.plan(projectId, details, projects.requireOpen(projectId));
        lines.add(line);
        lines.flush();
        return summary(line);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public BudgetLineSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid BudgetLineDetails details) {
        BudgetLine line = lines.get(projectId, id, expectedVersion);
        line.revise(details, projects.requireOpen(projectId));
        lines.flush();
        return summary(line);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void removeLine(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        BudgetLine line = lines.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        lines.remove(line);
        lines.flush();
    }

    public CostSummary cost(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return costs.view(projectId, id).orElseThrow(() -> new NotFoundException(COST, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public CostSummary book(@NotNull UUID projectId, @NotNull @Valid CostDetails details) {
        CostEntry cost = CostEntry.book(projectId, details, projects.requireOpen(projectId));
        costs.add(cost);
        costs.flush();
        return cost(projectId, cost.id());
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void removeCost(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        CostEntry cost = costs.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        costs.remove(cost);
        costs.flush();
    }

    private static BudgetLineSummary summary(BudgetLine line) {
        BudgetLineDetails d = line.details();
        return new BudgetLineSummary(line.id(), line.projectId(), d.category(), d.description(), d.amount(), d.firstMonth().atDay(1),
                d.lastMonth().atDay(1), line.version());
    }
}
