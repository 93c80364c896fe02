package nl.pmohub.budget.api;

import nl.pmohub.budget.application.BudgetOverview;
import nl.pmohub.budget.domain.EarnedValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A project's budget with earned value today and the S-curve. */
@Schema(name = "Budget")
public record BudgetResponse(
        List<BudgetLineResponse> lines,
        List<Category> categories,
        @Schema(description = "Mean percent complete of the project's deliverables and milestones") BigDecimal percentComplete,
        EarnedValue earnedValue,
        @Schema(description = "Per month of the project, cumulative: planned value, and up to this month earned value and actual cost") List<Month> curve,
        @Schema(description = "Approved hours on the project") BigDecimal approvedHours,
        @Schema(description = "Approved hours of people without a rate on their day; they cost nothing until a rate is set") BigDecimal hoursWithoutRate,
        @Schema(description = "The latest booked costs, newest first") List<CostResponse> recentCosts,
        @Schema(description = "The value of the project's supplier contracts") BigDecimal committed,
        @Schema(description = "Budget not promised to suppliers: BAC − committed") BigDecimal uncommitted,
        @Schema(description = "The sum of the lines; differs from BAC when lines changed since the latest baseline") BigDecimal workingBudget,
        @Schema(description = "The baselines, oldest first; empty while the lines are the plan") List<BaselineResponse> baselines) {

    /** Budget and actual of one category. */
    @Schema(name = "BudgetCategoryTotal")
    public record Category(@Schema(enumeration = {"INTERNAL_LABOUR", "EXTERNAL_HIRE", "MATERIALS", "LICENCES", "OTHER"}) String category,
                           BigDecimal budget, BigDecimal actual, BigDecimal remaining) {
    }

    /** One month of the S-curve. */
    @Schema(name = "BudgetCurveMonth")
    public record Month(@Schema(example = "2027-01") String month, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost) {
    }

    static BudgetResponse of(BudgetOverview o) {
        return new BudgetResponse(o.lines().stream().map(BudgetLineResponse::of).toList(),
                o.categories().stream().map(c -> new Category(c.category().name(), c.budget(), c.actual(), c.remaining())).toList(),
                o.percentComplete(), o.earnedValue(),
                o.curve().stream().map(p -> new Month(p.month().toString(), p.plannedValue(), p.earnedValue(), p.actualCost())).toList(),
                o.approvedHours(), o.hoursWithoutRate(), o.recentCosts().stream().map(CostResponse::of).toList(), o.committed(), o.uncommitted(),
                o.workingBudget(), o.baselines().stream().map(BaselineResponse::of).toList());
    }
}
