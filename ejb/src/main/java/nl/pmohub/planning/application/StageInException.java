package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.ToleranceBreach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A running or planned stage of an active project that exceeds a tolerance: the dashboards flag it for the board. */
public record StageInException(UUID stageId, UUID projectId, String projectCode, String projectName, String stageName,
                               Set<ToleranceBreach> breaches, LocalDate endDate, LocalDate baselineEnd, int timeToleranceDays,
                               BigDecimal forecastCost, BigDecimal costLimit) {

    public boolean isTime() {
        return breaches.contains(ToleranceBreach.TIME);
    }

    public boolean isCost() {
        return breaches.contains(ToleranceBreach.COST);
    }
}
