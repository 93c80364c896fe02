package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.EarnedValue;
import nl.pmohub.hours.application.LabourMonth;
import nl.pmohub.planning.application.WorkProgress;
import nl.pmohub.shared.domain.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A project's budget as the steering group reads it: the lines, budget and actual per category, earned value
 * today and the S-curve per month. Computed from aggregates only (lines, costs and approved labour summed per
 * month in the database, and the progress of each deliverable and milestone):
 * <ul>
 * <li>planned value: the latest baseline's plan per month; without a baseline, each line's amount spread evenly
 *     over its months (cents left over go to its last month). Today's PV adds the part of this month's plan
 *     that the days gone by represent. BAC is the baseline's total (or the lines'); the lines are the working
 *     budget, which counts once it is baselined again;</li>
 * <li>percent complete: the mean of the deliverables' and milestones' percent complete (each weighs the same);
 *     for a past month only the items done by its end count, as nothing else of their history is known;</li>
 * <li>actual cost: approved hours at their rates (internal labour) plus booked costs;</li>
 * <li>committed: the value of the project's supplier contracts. Invoices on them are booked as costs too, so
 *     committed and actual overlap; the figure says how much of the budget is promised to suppliers.</li>
 * </ul>
 */
public record BudgetOverview(List<BudgetLineSummary> lines, List<CategoryTotal> categories, EarnedValue earnedValue,
                             BigDecimal percentComplete, List<CurvePoint> curve, BigDecimal approvedHours, BigDecimal hoursWithoutRate,
                             List<CostSummary> recentCosts, BigDecimal committed, BigDecimal workingBudget, List<BaselinePlan> baselines) {

    /** The baseline earned value is measured against (the latest), or empty while the lines are the plan. */
    public Optional<BaselinePlan> baseline() {
        return baselines.isEmpty() ? Optional.empty() : Optional.of(baselines.get(baselines.size() - 1));
    }

    /** Whether the lines no longer add up to the baseline's total (the working budget waits for a new baseline). */
    public boolean workingBudgetDiffers() {
        return baseline().map(b -> b.total().compareTo(workingBudget) != 0).orElse(false);
    }

    /** The budget not yet promised to suppliers by contract (negative when contracts exceed the budget). */
    public BigDecimal uncommitted() {
        return earnedValue.bac().subtract(committed);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Earned value at the end of a past {@code month}, from the S-curve (cumulative PV, EV and AC to that
     * month's end); today's for this month or a later one, or before the curve starts.
     */
    public EarnedValue earnedValueAt(YearMonth month) {
        CurvePoint latest = lastPast();
        BigDecimal bac = earnedValue.bac();
        for (CurvePoint point : curve) {
            if (point.month().equals(month) && point.earnedValue() != null && point != latest) {
                BigDecimal percent = bac.signum() == 0 ? BigDecimal.ZERO : point.earnedValue().multiply(HUNDRED).divide(bac, 4, RoundingMode.HALF_UP).min(HUNDRED);
                return EarnedValue.of(bac, point.plannedValue(), percent, point.actualCost());
            }
        }
        return earnedValue;
    }

    /** The curve's latest month with actuals: today's. */
    private CurvePoint lastPast() {
        CurvePoint last = null;
        for (CurvePoint point : curve) {
            if (point.earnedValue() != null) {
                last = point;
            }
        }
        return last;
    }

    public BudgetOverview {
        lines = List.copyOf(lines);
        categories = List.copyOf(categories);
        curve = List.copyOf(curve);
        recentCosts = List.copyOf(recentCosts);
        baselines = List.copyOf(baselines);
    }

    public static BudgetOverview compute(Period project, LocalDate today, List<BudgetLineSummary> lines, List<CostMonth> costs,
                                         List<LabourMonth> labour, List<WorkProgress> work, List<CostSummary> recentCosts,
                                         BigDecimal committed, List<BaselinePlan> baselines) {
        Map<YearMonth, BigDecimal> planned = baselines.isEmpty() ? plannedByMonth(lines) : baselines.get(baselines.size() - 1).planned();
        Map<YearMonth, BigDecimal> spent = new TreeMap<>();
        Map<BudgetCategory, BigDecimal> budget = new EnumMap<>(BudgetCategory.class);
        Map<BudgetCategory, BigDecimal> actual = new EnumMap<>(BudgetCategory.class);
        for (BudgetLineSummary line : lines) {
            budget.merge(line.category(), line.amount(), BigDecimal::add);
        }
        for (CostMonth cost : costs) {
            spent.merge(YearMonth.from(cost.month()), cost.amount(), BigDecimal::add);
            actual.merge(cost.category(), cost.amount(), BigDecimal::add);
        }
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal withoutRate = BigDecimal.ZERO;
        for (LabourMonth month : labour) {
            spent.merge(month.month(), month.cost(), BigDecimal::add);
            actual.merge(BudgetCategory.INTERNAL_LABOUR, month.cost(), BigDecimal::add);
            hours = hours.add(month.hours());
            withoutRate = withoutRate.add(month.hoursWithoutRate());
        }
        BigDecimal workingBudget = sum(budget.values());
        BigDecimal bac = baselines.isEmpty() ? workingBudget : baselines.get(baselines.size() - 1).total();
        BigDecimal percentNow = percentComplete(work, w -> true, true);

        List<CurvePoint> curve = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ac = BigDecimal.ZERO;
        BigDecimal pvToday = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(project.startDate()); !month.isAfter(YearMonth.from(project.endDate())); month = month.plusMonths(1)) {
            BigDecimal monthPlan = planned.getOrDefault(month, BigDecimal.ZERO);
            if (month.isBefore(current)) {
                pvToday = pvToday.add(monthPlan);
            } else if (month.equals(current)) {
                pvToday = pvToday.add(monthPlan.multiply(BigDecimal.valueOf(today.getDayOfMonth()))
                        .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP));
            }
            pv = pv.add(monthPlan);
            ac = ac.add(spent.getOrDefault(month, BigDecimal.ZERO));
            if (month.isAfter(current)) {
                curve.add(new CurvePoint(month, pv, null, null));
            } else {
                LocalDate end = month.atEndOfMonth();
                BigDecimal percent = month.equals(current) ? percentNow : percentComplete(work, w -> w.doneOn() != null && !w.doneOn().isAfter(end), false);
                curve.add(new CurvePoint(month, pv, money(bac.multiply(percent).divide(HUNDRED)), ac));
            }
        }
        BigDecimal acToday = sum(spent.values());
        List<CategoryTotal> categories = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            if (budget.containsKey(category) || actual.containsKey(category)) {
                categories.add(new CategoryTotal(category, budget.getOrDefault(category, BigDecimal.ZERO), actual.getOrDefault(category, BigDecimal.ZERO)));
            }
        }
        return new BudgetOverview(lines, categories, EarnedValue.of(bac, pvToday, percentNow, acToday), percentNow, curve, hours, withoutRate,
                recentCosts, committed, workingBudget, baselines);
    }

    /** The mean percent complete of the work: {@code partial} counts each item's own percent, otherwise done (100) or not (0). */
    private static BigDecimal percentComplete(List<WorkProgress> work, Predicate<WorkProgress> done, boolean partial) {
        if (work.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long total = work.stream().mapToLong(w -> partial ? w.percentComplete() : done.test(w) ? 100 : 0).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(work.size()), 2, RoundingMode.HALF_UP);
    }

    /** The lines' amounts per month, each spread evenly over its months: what a new baseline plans. */
    public static Map<YearMonth, BigDecimal> plannedByMonth(List<BudgetLineSummary> lines) {
        Map<YearMonth, BigDecimal> planned = new TreeMap<>();
        lines.forEach(line -> spread(line, planned));
        return planned;
    }

    private static void spread(BudgetLineSummary line, Map<YearMonth, BigDecimal> planned) {
        int months = (int) line.firstMonth().until(line.lastMonth(), ChronoUnit.MONTHS) + 1;
        BigDecimal share = line.amount().divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        BigDecimal last = line.amount().subtract(share.multiply(BigDecimal.valueOf(months - 1L)));
        for (int i = 0; i < months; i++) {
            planned.merge(line.firstMonth().plusMonths(i), i == months - 1 ? last : share, BigDecimal::add);
        }
    }

    private static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            sum = sum.add(amount);
        }
        return money(sum);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
