package nl.pmohub.hours.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One person's hours on one project in one ISO week (Monday to Sunday), approved or rejected as a whole by
 * the project manager. Rules it keeps itself: hours only on days of its week that lie within the project's
 * period; at most 24 hours on a day together with the person's other projects (the service tells what is
 * booked elsewhere); changes only while open or rejected; submitted only with hours in it; decided only
 * when submitted, never by its own person, a rejection always with a comment; approved is final.
 */
@Entity
@Table(name = "timesheet")
public class Timesheet extends ProjectRecord {

    public static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(24);

    @Column(name = "person", nullable = false, updatable = false, length = 100)
    private String person;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 9)
    private SheetStatus status;

    @Column(name = "total_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal totalHours;

    @Column(name = "comment", length = 500)
    private String comment;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "timesheet", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TimeEntry> entries = new ArrayList<>();

    protected Timesheet() {
    }

    /** An empty, open week of {@code person} on the project; {@code weekStart} must be a Monday. */
    public static Timesheet open(UUID projectId, String person, LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolationException("weekStart", "hours.error.notMonday", "A week starts on a Monday: " + weekStart, weekStart);
        }
        Timesheet sheet = new Timesheet();
        sheet.identify(projectId);
        sheet.person = Objects.requireNonNull(person).strip();
        sheet.weekStart = weekStart;
        sheet.status = SheetStatus.OPEN;
        sheet.totalHours = BigDecimal.ZERO;
        return sheet;
    }

    /** The Monday of the ISO week {@code day} lies in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Sets the hours of the days named (0 clears a day); other days keep theirs.
     *
     * @param project   the project's period: no hours outside it
     * @param elsewhere the person's hours on other projects per day of this week (for the 24-hour rule)
     */
    public void record(WeekHours week, Period project, Map<LocalDate, BigDecimal> elsewhere) {
        requireEditable();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < week.days().size(); i++) {
            DayHours day = week.days().get(i);
            String field = "days[" + i + "]";
            if (!seen.add(day.date())) {
                throw new RuleViolationException(field + ".date", "hours.error.dayTwice", "Day " + day.date() + " is named twice", day.date());
            }
            if (day.date().isBefore(weekStart) || day.date().isAfter(weekStart.plusDays(6))) {
                throw new RuleViolationException(field + ".date", "hours.error.outsideWeek",
                        day.date() + " is not in the week of " + weekStart, day.date(), weekStart);
            }
            boolean hasHours = day.hours().signum() > 0;
            if (hasHours && (day.date().isBefore(project.startDate()) || day.date().isAfter(project.endDate()))) {
                throw new RuleViolationException(field + ".date", "hours.error.outsideProject",
                        day.date() + " lies outside the project (" + project.startDate() + " – " + project.endDate() + ")",
                        day.date(), project.startDate(), project.endDate());
            }
            BigDecimal other = elsewhere.getOrDefault(day.date(), BigDecimal.ZERO);
            if (other.add(day.hours()).compareTo(MAX_HOURS_A_DAY) > 0) {
                throw new RuleViolationException(field + ".hours", "hours.error.dayOver24",
                        "More than 24 hours on " + day.date() + ": " + other + " are booked on other projects", day.date(), other);
            }
        }
        week.days().forEach(day -> set(day.date(), day.hours()));
        totalHours = entries.stream().map(TimeEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Hands the week in for approval; it is locked until decided. */
    public void submit(Instant at) {
        requireEditable();
        if (totalHours.signum() == 0) {
            throw new RuleViolationException("days", "hours.error.emptyWeek", "A week without hours is not submitted");
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
        comment = null;
    }

    /** The project manager accepts the hours: final; they count as actuals from now on. */
    public void approve(String approver, Instant at) {
        decide(approver, at);
        status = SheetStatus.APPROVED;
        entries.forEach(TimeEntry::approve);
    }

    /** The project manager sends the week back with a comment; its person corrects it and submits again. */
    public void reject(String approver, String why, Instant at) {
        if (why == null || why.isBlank()) {
            throw new RuleViolationException("comment", "hours.error.commentRequired", "A rejection says why");
        }
        decide(approver, at);
        status = SheetStatus.REJECTED;
        comment = why.strip();
    }

    private void decide(String approver, Instant at) {
        if (status != SheetStatus.SUBMITTED) {
            throw new RuleViolationException("status", "hours.error.notSubmitted", "The week is " + status + ", not SUBMITTED", status);
        }
        if (approver.equals(person)) {
            throw new RuleViolationException("status", "hours.error.ownWeek", "Nobody decides on their own hours");
        }
        decidedBy = approver;
        decidedAt = Objects.requireNonNull(at);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new RuleViolationException("status", status == SheetStatus.APPROVED ? "hours.error.approved" : "hours.error.submitted",
                    "The week is " + status + " and cannot change", status);
        }
    }

    private void set(LocalDate date, BigDecimal hours) {
        Optional<TimeEntry> existing = entries.stream().filter(e -> e.workDate().equals(date)).findFirst();
        if (hours.signum() == 0) {
            existing.ifPresent(entries::remove);
        } else if (existing.isPresent()) {
            existing.get().change(hours);
        } else {
            entries.add(TimeEntry.of(this, date, hours));
        }
    }

    /** The hours of this week on {@code date}, 0 when none. */
    public BigDecimal hoursOn(LocalDate date) {
        return entries.stream().filter(e -> e.workDate().equals(date)).map(TimeEntry::hours).findFirst().orElse(BigDecimal.ZERO);
    }

    public String person() {
        return person;
    }

    public LocalDate weekStart() {
        return weekStart;
    }

    public SheetStatus status() {
        return status;
    }

    public BigDecimal totalHours() {
        return totalHours;
    }

    public String comment() {
        return comment;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
