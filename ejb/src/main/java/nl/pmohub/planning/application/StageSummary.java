package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.StageKind;
import nl.pmohub.planning.domain.StageStatus;
import nl.pmohub.planning.domain.ToleranceBreach;
import nl.pmohub.planning.domain.Tolerances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/** A stage as lists show it: plan, tolerances, costs, and the gate decision that closed it (if any). */
public record StageSummary(UUID id, UUID projectId, StageKind kind, String name, LocalDate startDate, LocalDate endDate,
                        LocalDate baselineEnd, int timeToleranceDays, BigDecimal budget, int costTolerancePercent,
                        BigDecimal actualCost, BigDecimal forecastCost, StageStatus status, GateDecision gateDecision,
                        LocalDate gateDecidedOn, long version) implements PlannedItem {

    public Set<ToleranceBreach> breaches(LocalDate today) {
        return Tolerances.breaches(status, endDate, baselineEnd, timeToleranceDays, budget, costTolerancePercent, forecastCost, today);
    }

    /** Days the forecast end lies after the baseline end. */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineEnd, endDate);
    }

    public BigDecimal costLimit() {
        return Tolerances.costLimit(budget, costTolerancePercent);
    }

    /** Share of the budget spent so far, in percent (for the progress bar). */
    public int spentPercent() {
        return budget.signum() == 0 ? 0 : actualCost.multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    public boolean isActive() {
        return status == StageStatus.ACTIVE;
    }
}
