package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.StageDetails;
import nl.pmohub.planning.domain.StageKind;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A Prince2 stage as a client sends it. */
@Schema(name = "StageRequest")
public record StageRequest(
        @Schema(required = true, enumeration = {"INITIATION", "DELIVERY", "CLOSING"}) String kind,
        @Schema(required = true, maxLength = 120, example = "Uitvoering") String name,
        @Schema(required = true, example = "2027-01-04", description = "Within the project; stages of a project do not overlap") LocalDate startDate,
        @Schema(required = true, example = "2027-06-30", description = "The forecast end; the first one given is the baseline") LocalDate endDate,
        @Schema(minimum = "0", maximum = "365", description = "Days the stage may end after its baseline end before it is in exception") Integer timeToleranceDays,
        @Schema(required = true, minimum = "0", maximum = Inputs.MAX_AMOUNT, example = "950000.00") BigDecimal budget,
        @Schema(minimum = "0", maximum = "100", description = "Percent the forecast cost may exceed the budget") Integer costTolerancePercent,
        @Schema(minimum = "0", maximum = Inputs.MAX_AMOUNT, description = "Spent so far; 0 when absent") BigDecimal actualCost,
        @Schema(minimum = "0", maximum = Inputs.MAX_AMOUNT, description = "Estimate at completion; the budget when absent") BigDecimal forecastCost) {

    StageDetails toDetails() {
        return new StageDetails(Inputs.enumValue(StageKind.class, "kind", kind), name, startDate, endDate,
                timeToleranceDays == null ? 0 : timeToleranceDays, budget, costTolerancePercent == null ? 0 : costTolerancePercent,
                actualCost == null ? BigDecimal.ZERO : actualCost, forecastCost == null ? budget : forecastCost);
    }
}
