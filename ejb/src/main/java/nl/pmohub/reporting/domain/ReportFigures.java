package nl.pmohub.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.pmohub.portfolio.domain.RagStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The registers' figures a report carries, as they stood on {@code asOf}: earned value (euros, cumulative),
 * approved hours, milestones and stages. The risk counts are the slot for the risk register: null while there
 * is none. Performance indexes are null where their divisor is zero.
 */
@Embeddable
public record ReportFigures(
        @Column(name = "figures_as_of", nullable = false) LocalDate asOf,
        @Column(name = "budget_at_completion", nullable = false, precision = 14, scale = 2) BigDecimal budgetAtCompletion,
        @Column(name = "planned_value", nullable = false, precision = 14, scale = 2) BigDecimal plannedValue,
        @Column(name = "earned_value", nullable = false, precision = 14, scale = 2) BigDecimal earnedValue,
        @Column(name = "actual_cost", nullable = false, precision = 14, scale = 2) BigDecimal actualCost,
        @Column(name = "estimate_at_completion", precision = 16, scale = 2) BigDecimal estimateAtCompletion,
        @Column(name = "cpi", precision = 8, scale = 3) BigDecimal cpi,
        @Column(name = "spi", precision = 8, scale = 3) BigDecimal spi,
        @Column(name = "hours_in_period", nullable = false, precision = 9, scale = 2) BigDecimal hoursInPeriod,
        @Column(name = "hours_to_date", nullable = false, precision = 11, scale = 2) BigDecimal hoursToDate,
        @Column(name = "milestones_achieved", nullable = false) int milestonesAchieved,
        @Column(name = "milestones_due", nullable = false) int milestonesDue,
        @Column(name = "milestones_missed", nullable = false) int milestonesMissed,
        @Column(name = "stages_in_exception", nullable = false) int stagesInException,
        @Column(name = "risks_high") Integer risksHigh,
        @Column(name = "risks_medium") Integer risksMedium,
        @Column(name = "risks_low") Integer risksLow) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal GOOD = new BigDecimal("0.95");
    private static final BigDecimal POOR = new BigDecimal("0.85");
    private static final BigDecimal TEN_PERCENT_OVER = new BigDecimal("1.10");

    /** Actual cost as a percentage of the budget; null without a budget. */
    public BigDecimal burnPercent() {
        return budgetAtCompletion.signum() == 0 ? null : actualCost.multiply(HUNDRED).divide(budgetAtCompletion, 1, RoundingMode.HALF_UP);
    }

    /** Whether the risk register filled its slot. */
    public boolean hasRisks() {
        return risksHigh != null;
    }

    /**
     * What the figures say about time: red when the schedule index is below 0.85 or two milestones are missed,
     * amber below 0.95, with a missed milestone or a stage in exception; green otherwise.
     */
    public RagStatus suggestedTime() {
        if (below(spi, POOR) || milestonesMissed >= 2) {
            return RagStatus.RED;
        }
        return below(spi, GOOD) || milestonesMissed > 0 || stagesInException > 0 ? RagStatus.AMBER : RagStatus.GREEN;
    }

    /** What the figures say about cost: red below a CPI of 0.85 or a forecast 10 % over budget, amber below 0.95 or any forecast overrun. */
    public RagStatus suggestedCost() {
        BigDecimal eac = estimateAtCompletion;
        boolean over = eac != null && eac.compareTo(budgetAtCompletion) > 0;
        if (below(cpi, POOR) || over && eac.compareTo(budgetAtCompletion.multiply(TEN_PERCENT_OVER)) > 0) {
            return RagStatus.RED;
        }
        return below(cpi, GOOD) || over ? RagStatus.AMBER : RagStatus.GREEN;
    }

    /** What the risk register says: red with three or more high risks open, amber with one; green without (or without a register). */
    public RagStatus suggestedRisk() {
        if (!hasRisks() || risksHigh == 0) {
            return RagStatus.GREEN;
        }
        return risksHigh >= 3 ? RagStatus.RED : RagStatus.AMBER;
    }

    private static boolean below(BigDecimal index, BigDecimal limit) {
        return index != null && index.compareTo(limit) < 0;
    }
}
