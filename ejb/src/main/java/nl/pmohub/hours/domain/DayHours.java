package nl.pmohub.hours.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The hours of one day; 0 clears the day. Quarter hours and other fractions up to two decimals are fine. */
public record DayHours(
        @NotNull LocalDate date,
        @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours) {
}
