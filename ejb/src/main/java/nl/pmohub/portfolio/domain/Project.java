package nl.pmohub.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A project of a tenant. Invariants it keeps itself: the end is not before the start, and a closed
 * project does not change any more (reopen it first). Ids are random UUIDs so they reveal nothing
 * about other tenants' data.
 */
@Entity
@Table(name = "project")
public class Project extends TenantRecord {

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 16)
    private ProjectMethod method;

    @Column(name = "manager", nullable = false, length = 100)
    private String manager;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private RagStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 8)
    private ProjectPhase phase;

    @Column(name = "budget", precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Project() {
    }

    public static Project start(ProjectDetails details) {
        Project project = new Project();
        project.identify();
        project.phase = ProjectPhase.ACTIVE;
        project.apply(details);
        return project;
    }

    /** Replaces the editable facts; refused once the project is closed. */
    public void revise(ProjectDetails details) {
        requireActive();
        apply(details);
    }

    public void close(LocalDate on) {
        requireActive();
        phase = ProjectPhase.CLOSED;
        closedOn = Objects.requireNonNull(on);
    }

    public void reopen() {
        if (phase != ProjectPhase.CLOSED) {
            throw new RuleViolationException("phase", "project.error.notClosed", "Project " + code + " is not closed", code);
        }
        phase = ProjectPhase.ACTIVE;
        closedOn = null;
    }

    private void apply(ProjectDetails details) {
        if (details.endDate().isBefore(details.startDate())) {
            throw new RuleViolationException("endDate", "project.error.endBeforeStart", "The end date lies before the start date");
        }
        code = details.code().strip();
        name = details.name().strip();
        description = details.description() == null || details.description().isBlank() ? null : details.description().strip();
        method = details.method();
        manager = details.manager().strip();
        startDate = details.startDate();
        endDate = details.endDate();
        status = details.status();
        budget = details.budget();
    }

    /** Refuses changes to a closed project, and to what belongs to it (its milestones). */
    public void requireActive() {
        if (phase == ProjectPhase.CLOSED) {
            throw new RuleViolationException("phase", "project.error.closed", "Project " + code + " is closed", code);
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProjectPhase phase() {
        return phase;
    }

    public ProjectDetails details() {
        return new ProjectDetails(code, name, description, method, manager, startDate, endDate, status, budget);
    }

    public LocalDate closedOn() {
        return closedOn;
    }

}
