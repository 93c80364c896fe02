package nl.pmohub.hours.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an hour of a person costs from a day on. */
public record RateDetails(
        @NotBlank @Size(max = 100) String person,
        @NotNull @DecimalMin("0.01") @DecimalMax("999999.99") BigDecimal hourlyRate,
        @NotNull LocalDate validFrom) {
}
