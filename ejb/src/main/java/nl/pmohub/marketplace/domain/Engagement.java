package nl.pmohub.marketplace.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.PlatformRecord;
import nl.pmohub.shared.domain.RuleViolationException;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a concluded agreement sets going: the professional works inside the client's tenant, as {@link #tenantUsername()}
 * with the agreed role, from the first to the last day of the agreed period. The client may end it early; from
 * then on access is refused (asked on every request, docs/marketplace.md). Its id is the agreement's.
 */
@Entity
@Table(name = "engagement")
public class Engagement extends PlatformRecord {

    /** How a professional's account in a client tenant is named: the platform account with this suffix. */
    public static final String GUEST_SUFFIX = ".pmohub";

    @Column(name = "client_tenant", nullable = false, updatable = false, length = 30)
    private String clientTenant;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private UUID agreementId;

    @Column(name = "professional_id", nullable = false, updatable = false)
    private UUID professionalId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "tenant_username", nullable = false, updatable = false, length = 100)
    private String tenantUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "tenant_role", nullable = false, updatable = false, length = 6)
    private GuestRole role;

    @Column(name = "hourly_rate", nullable = false, updatable = false, precision = 7, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "hours_per_week", nullable = false, updatable = false)
    private int hoursPerWeek;

    @Column(name = "fee_percent", nullable = false, updatable = false, precision = 4, scale = 2)
    private BigDecimal feePercent;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "engagement_review", joinColumns = @JoinColumn(name = "engagement_id"))
    private Set<Review> reviews = new HashSet<>();

    protected Engagement() {
    }

    /** The engagement of a concluded agreement with the professional whose platform account is {@code account}. */
    public static Engagement of(Agreement agreement, String account) {
        if (agreement.status() != AgreementStatus.CONCLUDED) {
            throw new IllegalStateException("Agreement " + agreement.id() + " is not concluded");
        }
        AgreementTerms terms = agreement.latest().terms();
        Engagement engagement = new Engagement();
        engagement.identify(agreement.id());
        engagement.clientTenant = agreement.clientTenant();
        engagement.agreementId = agreement.id();
        engagement.professionalId = agreement.professionalId();
        engagement.projectId = agreement.projectId();
        engagement.tenantUsername = guestUsername(account);
        engagement.role = terms.role();
        engagement.hourlyRate = terms.hourlyRate();
        engagement.hoursPerWeek = terms.hoursPerWeek();
        engagement.feePercent = terms.feePercent();
        engagement.startDate = terms.startDate();
        engagement.endDate = terms.endDate();
        return engagement;
    }

    /** The username a professional has in every client tenant it works for. */
    public static String guestUsername(String account) {
        return account + GUEST_SUFFIX;
    }

    /** Whether {@code username} is a hired professional's account (one the platform made), not the tenant's own. */
    public static boolean isGuest(String username) {
        return username != null && username.endsWith(GUEST_SUFFIX);
    }

    /** The last day the professional may work in the tenant: the agreed end, or the day the client ended it. */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : endDate;
    }

    /** Ended before its first day: it never ran, so it has no days of access and no months to bill. */
    public boolean cancelled() {
        return lastDay().isBefore(startDate);
    }

    public EngagementState stateOn(LocalDate day) {
        if (cancelled() || day.isAfter(lastDay())) {
            return EngagementState.ENDED;
        }
        return day.isBefore(startDate) ? EngagementState.UPCOMING : EngagementState.ACTIVE;
    }

    /**
     * The client ends the engagement early: {@code lastDay} is the last day of access (yesterday ends it at once; a day
     * before the start cancels it). It cannot lie in the past, nor after the agreed or an earlier chosen end.
     */
    public void endEarly(LocalDate lastDay, LocalDate today, String by, String reason) {
        if (lastDay.isBefore(today.minusDays(1))) {
            throw new RuleViolationException("lastDay", "marketplace.error.endInPast", "An engagement cannot end in the past", lastDay);
        }
        if (!lastDay.isBefore(lastDay())) {
            throw new RuleViolationException("lastDay", "marketplace.error.notEarlier", "The engagement ends on " + lastDay() + " already",
                    lastDay());
        }
        LocalDate dayBeforeStart = startDate.minusDays(1);
        endedOn = lastDay.isBefore(dayBeforeStart) ? dayBeforeStart : lastDay;
        endedBy = by;
        endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * One side reviews the other, once, from the engagement's last day on (or once it was ended early): 1 to 5 stars
     * and a text. The client's review is the one that rates the professional.
     */
    public Review review(Party by, int stars, String text, String who, Instant at, LocalDate today) {
        if (cancelled() || today.isBefore(lastDay())) {
            throw new RuleViolationException("stars", "marketplace.error.reviewTooEarly", "An engagement is reviewed from its last day on", lastDay());
        }
        if (stars < 1 || stars > 5) {
            throw new RuleViolationException("stars", "marketplace.error.rating", "A rating is 1 to 5 stars", stars);
        }
        if (reviewBy(by).isPresent()) {
            throw new RuleViolationException("stars", "marketplace.error.reviewedAlready", "This side reviewed the engagement already");
        }
        Review review = new Review(by, clientTenant, stars, text == null ? "" : text.strip(), who, at);
        reviews.add(review);
        return review;
    }

    public Optional<Review> reviewBy(Party party) {
        return reviews.stream().filter(r -> r.party() == party).findFirst();
    }

    public String clientTenant() { return clientTenant; }
    public UUID agreementId() { return agreementId; }
    public UUID professionalId() { return professionalId; }
    public UUID projectId() { return projectId; }
    public String tenantUsername() { return tenantUsername; }
    public GuestRole role() { return role; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public int hoursPerWeek() { return hoursPerWeek; }
    public BigDecimal feePercent() { return feePercent; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public LocalDate endedOn() { return endedOn; }
    public String endedBy() { return endedBy; }
    public String endReason() { return endReason; }
}
