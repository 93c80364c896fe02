package nl.pmohub.planning.api;

import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.StageKind;
import nl.pmohub.planning.domain.StageStatus;
import nl.pmohub.planning.domain.ToleranceBreach;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A stage with its tolerances, the breaches it has today and the gate decision that closed it. */
@Schema(name = "Stage")
public record StageResponse(UUID id, UUID projectId, StageKind kind, String name, LocalDate startDate, LocalDate endDate,
                            LocalDate baselineEndDate, long slippageDays, int timeToleranceDays, BigDecimal budget,
                            int costTolerancePercent, BigDecimal costLimit, BigDecimal actualCost, BigDecimal forecastCost,
                            StageStatus status,
                            @Schema(description = "Tolerances exceeded today: TIME, COST; not empty means the stage is in exception") Set<ToleranceBreach> breaches,
                            @Schema(description = "The decision of its end-stage gate, once taken") GateDecision gateDecision,
                            LocalDate gateDecidedOn, long version) {

    /** The stage as judged on {@code today} (its tolerance breaches). */
    static StageResponse of(StageSummary s, LocalDate today) {
        return new StageResponse(s.id(), s.projectId(), s.kind(), s.name(), s.startDate(), s.endDate(), s.baselineEnd(), s.slippageDays(),
                s.timeToleranceDays(), s.budget(), s.costTolerancePercent(), s.costLimit(), s.actualCost(), s.forecastCost(), s.status(),
                s.breaches(today), s.gateDecision(), s.gateDecidedOn(), s.version());
    }
}
