package nl.pmohub.planning.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.validation.ValidPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable facts of a Prince2 stage: its plan (dates, budget) and its tolerances. The actual and
 * forecast cost are what the project manager reports; the forecast is compared with the tolerance.
 */
@ValidPeriod
public record StageDetails(
        @NotNull StageKind kind,
        @NotBlank @Size(max = 120) String name,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(0) @Max(365) int timeToleranceDays,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @Min(0) @Max(100) int costTolerancePercent,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal actualCost,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal forecastCost) implements Period {
}
