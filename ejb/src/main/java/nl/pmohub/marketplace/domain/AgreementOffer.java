package nl.pmohub.marketplace.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Terms one side writes into an agreement: rate, hours, period, notice and the role in the client's tenant. */
public record AgreementOffer(
        @NotNull @Positive @DecimalMax("1000.00") @Digits(integer = 5, fraction = 2) BigDecimal hourlyRate,
        @Min(4) @Max(40) int hoursPerWeek,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(0) @Max(90) int noticeDays,
        @NotNull GuestRole role) {

    /** Longest agreement the platform mediates: two years, like the longest request. */
    public static final int MAX_WEEKS = 104;

    /** These terms with the client's fee percentage, checked as a whole against {@code today}. */
    public AgreementTerms terms(BigDecimal feePercent, LocalDate today) {
        if (startDate.isBefore(today)) {
            throw new RuleViolationException("startDate", "marketplace.error.startInPast",
                    "An agreement cannot start in the past", startDate);
        }
        if (endDate.isAfter(startDate.plusWeeks(MAX_WEEKS))) {
            throw new RuleViolationException("endDate", "marketplace.error.tooLong",
                    "An agreement lasts at most " + MAX_WEEKS + " weeks", MAX_WEEKS);
        }
        return AgreementTerms.of(hourlyRate, hoursPerWeek, startDate, endDate, noticeDays, role, feePercent);
    }
}
