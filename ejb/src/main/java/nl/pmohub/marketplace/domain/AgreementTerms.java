package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What both parties agree: rate, hours, period, notice, the professional's role in the client's tenant, and the
 * platform's fee percentage (from the client's contract when the version is drawn up). Any change is a new version.
 */
@Embeddable
public record AgreementTerms(
        @Column(name = "hourly_rate", nullable = false, precision = 7, scale = 2) BigDecimal hourlyRate,
        @Column(name = "hours_per_week", nullable = false) int hoursPerWeek,
        @Column(name = "start_date", nullable = false) LocalDate startDate,
        @Column(name = "end_date", nullable = false) LocalDate endDate,
        @Column(name = "notice_days", nullable = false) int noticeDays,
        @Enumerated(EnumType.STRING) @Column(name = "tenant_role", nullable = false, length = 6) GuestRole role,
        @Column(name = "fee_percent", nullable = false, precision = 4, scale = 2) BigDecimal feePercent) {

    /** Terms as offered, tidied (money in cents) and checked as a whole: the period must not end before it starts. */
    public static AgreementTerms of(BigDecimal hourlyRate, int hoursPerWeek, LocalDate startDate, LocalDate endDate, int noticeDays,
                                    GuestRole role, BigDecimal feePercent) {
        if (endDate.isBefore(startDate)) {
            throw new RuleViolationException("endDate", "marketplace.error.endBeforeStart", "The agreement ends before it starts", endDate, startDate);
        }
        return new AgreementTerms(hourlyRate.setScale(2, RoundingMode.HALF_UP), hoursPerWeek, startDate, endDate, noticeDays, role,
                feePercent.setScale(2, RoundingMode.HALF_UP));
    }

    /** Weeks in the period, counting a started week as one. */
    public long weeks() {
        return (ChronoUnit.DAYS.between(startDate, endDate) + 7) / 7;
    }

    /** Whether these terms say the same as {@code other} (amounts compared by value, not by scale). */
    public boolean sameAs(AgreementTerms other) {
        return hourlyRate.compareTo(other.hourlyRate) == 0 && hoursPerWeek == other.hoursPerWeek && startDate.equals(other.startDate)
                && endDate.equals(other.endDate) && noticeDays == other.noticeDays && role == other.role
                && feePercent.compareTo(other.feePercent) == 0;
    }
}
