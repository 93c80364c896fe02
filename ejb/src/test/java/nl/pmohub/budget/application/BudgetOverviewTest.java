package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.hours.application.LabourMonth;
import nl.pmohub.planning.application.WorkProgress;
import nl.pmohub.shared.domain.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The series of a budget from its aggregates: the plan spread per month, earned value per month, actuals per category. */
class BudgetOverviewTest {

    /** A project from January to June 2027; today is 15 April (30 days: half of April has gone by). */
    private static final Period PROJECT = new Period() {
        @Override
        public LocalDate startDate() {
            return LocalDate.of(2027, 1, 1);
        }

        @Override
        public LocalDate endDate() {
            return LocalDate.of(2027, 6, 30);
        }
    };
    private static final LocalDate TODAY = LocalDate.of(2027, 4, 15);

    private static BudgetLineSummary line(BudgetCategory category, String amount, YearMonth first, YearMonth last) {
        return new BudgetLineSummary(UUID.randomUUID(), UUID.randomUUID(), category, "x", new BigDecimal(amount), first.atDay(1), last.atDay(1), 0);
    }

    private static BudgetOverview overview(List<BudgetLineSummary> lines, List<CostMonth> costs, List<LabourMonth> labour, List<WorkProgress> work) {
        return BudgetOverview.compute(PROJECT, TODAY, lines, costs, labour, work, List.of(), new BigDecimal("1000"), List.of());
    }

    @Test
    void aLineIsSpreadEvenlyOverItsMonthsWithTheCentsLeftInTheLast() {
        BudgetOverview o = overview(List.of(line(BudgetCategory.MATERIALS, "100.00", YearMonth.of(2027, 1), YearMonth.of(2027, 3))), List.of(), List.of(), List.of());
        assertThat(o.curve()).hasSize(6);
        assertThat(o.curve().get(0).plannedValue()).isEqualByComparingTo("33.33");
        assertThat(o.curve().get(1).plannedValue()).isEqualByComparingTo("66.66");
        assertThat(o.curve().get(2).plannedValue()).isEqualByComparingTo("100.00");
        assertThat(o.curve().get(5).plannedValue()).isEqualByComparingTo("100.00");
        assertThat(o.earnedValue().pv()).as("all planned before April").isEqualByComparingTo("100.00");
    }

    @Test
    void todaysPlannedValueTakesThePartOfThisMonthThatHasGoneBy() {
        BudgetOverview o = overview(List.of(line(BudgetCategory.OTHER, "6000", YearMonth.of(2027, 1), YearMonth.of(2027, 6))), List.of(), List.of(), List.of());
        assertThat(o.earnedValue().pv()).isEqualByComparingTo("3500.00");   // 3 × 1000 + 1000 × 15/30
        assertThat(o.earnedValue().bac()).isEqualByComparingTo("6000.00");
        assertThat(o.uncommitted()).as("budget not promised to suppliers").isEqualByComparingTo("5000.00");
    }

    @Test
    void earnedValueOfPastMonthsCountsWhatWasDoneByThenAndThisMonthTodaysProgress() {
        List<WorkProgress> work = List.of(new WorkProgress(100, LocalDate.of(2027, 2, 10)), new WorkProgress(50, null),
                new WorkProgress(100, LocalDate.of(2027, 4, 2)), new WorkProgress(0, null));
        BudgetOverview o = overview(List.of(line(BudgetCategory.MATERIALS, "10000", YearMonth.of(2027, 1), YearMonth.of(2027, 6))), List.of(), List.of(), work);
        assertThat(o.curve().get(0).earnedValue()).isEqualByComparingTo("0.00");
        assertThat(o.curve().get(1).earnedValue()).isEqualByComparingTo("2500.00");     // 1 of 4 done by the end of February
        assertThat(o.curve().get(2).earnedValue()).isEqualByComparingTo("2500.00");
        assertThat(o.curve().get(3).earnedValue()).isEqualByComparingTo("6250.00");     // April: (100 + 50 + 100 + 0) / 4 = 62.5 %
        assertThat(o.curve().get(4).earnedValue()).as("no earned value in the future").isNull();
        assertThat(o.curve().get(4).actualCost()).isNull();
        assertThat(o.percentComplete()).isEqualByComparingTo("62.50");
        assertThat(o.earnedValue().ev()).isEqualByComparingTo("6250.00");
    }

    @Test
    void actualsAddLabourToInternalLabourAndCostsToTheirCategoriesMonthByMonth() {
        List<CostMonth> costs = List.of(new CostMonth(LocalDate.of(2027, 1, 1), BudgetCategory.MATERIALS, new BigDecimal("1200")),
                new CostMonth(LocalDate.of(2027, 3, 1), BudgetCategory.LICENCES, new BigDecimal("300")));
        List<LabourMonth> labour = List.of(new LabourMonth(YearMonth.of(2027, 2), new BigDecimal("40"), new BigDecimal("3800"), BigDecimal.ZERO),
                new LabourMonth(YearMonth.of(2027, 3), new BigDecimal("10"), new BigDecimal("950"), new BigDecimal("2")));
        BudgetOverview o = overview(List.of(line(BudgetCategory.MATERIALS, "5000", YearMonth.of(2027, 1), YearMonth.of(2027, 6))), costs, labour, List.of());
        assertThat(o.curve().get(0).actualCost()).isEqualByComparingTo("1200");
        assertThat(o.curve().get(1).actualCost()).isEqualByComparingTo("5000");
        assertThat(o.curve().get(3).actualCost()).isEqualByComparingTo("6250");
        assertThat(o.earnedValue().ac()).isEqualByComparingTo("6250.00");
        assertThat(o.approvedHours()).isEqualByComparingTo("50");
        assertThat(o.hoursWithoutRate()).isEqualByComparingTo("2");
        assertThat(o.categories()).extracting(CategoryTotal::category)
                .containsExactly(BudgetCategory.INTERNAL_LABOUR, BudgetCategory.MATERIALS, BudgetCategory.LICENCES);
        assertThat(o.categories().get(0).actual()).isEqualByComparingTo("4750");
        assertThat(o.categories().get(1).remaining()).isEqualByComparingTo("3800");
        assertThat(o.categories().get(2).remaining()).as("spent without a budget").isEqualByComparingTo("-300");
    }

    @Test
    void aProjectWithoutLinesOrWorkHasNothingToEarn() {
        BudgetOverview o = overview(List.of(), List.of(), List.of(), List.of());
        assertThat(o.earnedValue().bac()).isEqualByComparingTo("0.00");
        assertThat(o.earnedValue().spi()).isNull();
        assertThat(o.earnedValue().cpi()).isNull();
        assertThat(o.percentComplete()).isEqualByComparingTo("0");
        assertThat(o.categories()).isEmpty();
    }

    @Test
    void withABaselineEarnedValueIsMeasuredAgainstItAndTheLinesAreTheWorkingBudget() {
        List<BudgetLineSummary> lines = List.of(line(BudgetCategory.OTHER, "6000", YearMonth.of(2027, 1), YearMonth.of(2027, 6)));
        java.util.SortedMap<YearMonth, BigDecimal> first = new java.util.TreeMap<>(BudgetOverview.plannedByMonth(
                List.of(line(BudgetCategory.OTHER, "3000", YearMonth.of(2027, 1), YearMonth.of(2027, 3)))));
        java.util.SortedMap<YearMonth, BigDecimal> second = new java.util.TreeMap<>(BudgetOverview.plannedByMonth(
                List.of(line(BudgetCategory.OTHER, "4800", YearMonth.of(2027, 1), YearMonth.of(2027, 6)))));
        BaselinePlan one = new BaselinePlan(UUID.randomUUID(), 1, "Projectplan", "pm", java.time.Instant.EPOCH, new BigDecimal("3000.00"), first, 0);
        BaselinePlan two = new BaselinePlan(UUID.randomUUID(), 2, "Wijziging 3 goedgekeurd", "pm", java.time.Instant.EPOCH, new BigDecimal("4800.00"), second, 0);

        BudgetOverview o = BudgetOverview.compute(PROJECT, TODAY, lines, List.of(), List.of(), List.of(new WorkProgress(50, null)), List.of(),
                BigDecimal.ZERO, List.of(one, two));

        assertThat(o.baseline()).contains(two);
        assertThat(o.earnedValue().bac()).as("the latest baseline's total").isEqualByComparingTo("4800.00");
        assertThat(o.earnedValue().pv()).as("3 × 800 + 800 × 15/30").isEqualByComparingTo("2800.00");
        assertThat(o.earnedValue().ev()).isEqualByComparingTo("2400.00");
        assertThat(o.curve().get(5).plannedValue()).isEqualByComparingTo("4800.00");
        assertThat(o.workingBudget()).as("the lines wait for the next baseline").isEqualByComparingTo("6000.00");
        assertThat(o.workingBudgetDiffers()).isTrue();
        assertThat(o.baselines()).as("earlier baselines are kept").containsExactly(one, two);
        assertThat(overview(lines, List.of(), List.of(), List.of()).workingBudgetDiffers()).as("no baseline: the lines are the plan").isFalse();
    }
}
