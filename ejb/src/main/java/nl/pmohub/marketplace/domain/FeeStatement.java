package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.PlatformRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The fee of one engagement for one month, issued after the month ended and never changed afterwards. It bills the
 * hours approved up to the month's end that no earlier statement billed, so hours approved late are billed in the
 * next statement rather than lost.
 */
@Entity
@Table(name = "fee_statement")
public class FeeStatement extends PlatformRecord {

    @Column(name = "client_tenant", nullable = false, updatable = false, length = 30)
    private String clientTenant;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private UUID engagementId;

    @Column(name = "month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "hours", nullable = false, updatable = false, precision = 8, scale = 2)
    private BigDecimal hours;

    @Column(name = "hourly_rate", nullable = false, updatable = false, precision = 7, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "fee_percent", nullable = false, updatable = false, precision = 4, scale = 2)
    private BigDecimal feePercent;

    @Column(name = "fee", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal fee;

    @Column(name = "vat", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal vat;

    @Column(name = "total", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected FeeStatement() {
    }

    /** The statement of {@code month}, billing {@code hours} not billed before. */
    public static FeeStatement issue(Engagement engagement, YearMonth month, BigDecimal hours, Instant at) {
        Fee fee = Fee.on(hours, engagement.hourlyRate(), engagement.feePercent());
        FeeStatement statement = new FeeStatement();
        statement.identify();
        statement.clientTenant = engagement.clientTenant();
        statement.engagementId = engagement.id();
        statement.month = month.atDay(1);
        statement.hours = hours;
        statement.hourlyRate = fee.hourlyRate();
        statement.feePercent = fee.percent();
        statement.fee = fee.fee();
        statement.vat = fee.vat();
        statement.total = fee.total();
        statement.issuedAt = at;
        return statement;
    }

    public String clientTenant() { return clientTenant; }
    public UUID engagementId() { return engagementId; }
    public YearMonth month() { return YearMonth.from(month); }
    public BigDecimal hours() { return hours; }
    public Fee fee() { return new Fee(hours, hourlyRate, feePercent, fee, vat, total); }
    public Instant issuedAt() { return issuedAt; }
}
