package nl.pmohub.hours.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The hours of one person on one project on one day: part of its week's {@link Timesheet}, which guards it
 * (version, status). Project, person and approval are repeated from the sheet so that a project's approved
 * hours by date and a person's day across projects are read from this table alone, by index.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timesheet_id", nullable = false, updatable = false)
    private Timesheet timesheet;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "person", nullable = false, updatable = false, length = 100)
    private String person;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Column(name = "hours", nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    /** Copied from the week when it is approved, so approved hours are read without the weeks. */
    @Column(name = "approved", nullable = false)
    private boolean approved;

    protected TimeEntry() {
    }

    static TimeEntry of(Timesheet timesheet, LocalDate workDate, BigDecimal hours) {
        TimeEntry entry = new TimeEntry();
        entry.identify();
        entry.timesheet = timesheet;
        entry.projectId = timesheet.projectId();
        entry.person = timesheet.person();
        entry.workDate = workDate;
        entry.hours = hours;
        return entry;
    }

    void change(BigDecimal hours) {
        this.hours = hours;
    }

    void approve() {
        approved = true;
    }

    public LocalDate workDate() {
        return workDate;
    }

    public BigDecimal hours() {
        return hours;
    }
}
