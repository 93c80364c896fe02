package nl.pmohub.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The tolerance test of a stage, in one place for the entity, the read models and the dashboard: time is
 * judged against the baseline end (and, for a running stage, against today), cost against the budget.
 */
public final class Tolerances {

    private Tolerances() {
    }

    public static Set<ToleranceBreach> breaches(StageStatus status, LocalDate endDate, LocalDate baselineEnd, int timeToleranceDays,
                                                BigDecimal budget, int costTolerancePercent, BigDecimal forecastCost, LocalDate today) {
        Set<ToleranceBreach> breaches = EnumSet.noneOf(ToleranceBreach.class);
        if (status == StageStatus.CLOSED) {
            return breaches;
        }
        LocalDate latestEnd = baselineEnd.plusDays(timeToleranceDays);
        if (endDate.isAfter(latestEnd) || (status == StageStatus.ACTIVE && today.isAfter(latestEnd))) {
            breaches.add(ToleranceBreach.TIME);
        }
        if (forecastCost.compareTo(costLimit(budget, costTolerancePercent)) > 0) {
            breaches.add(ToleranceBreach.COST);
        }
        return breaches;
    }

    /** The budget plus its tolerance: the most the stage may cost before the board must decide. */
    public static BigDecimal costLimit(BigDecimal budget, int costTolerancePercent) {
        return budget.multiply(BigDecimal.valueOf(100L + costTolerancePercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
