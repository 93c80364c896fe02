package nl.pmohub.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.pmohub.shared.domain.RuleViolationException;
import org.hibernate.annotations.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
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
public class Project {

    @Id
    @Column(name = "id")
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 30)
    private String tenantId;

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Project() {
    }

    public static Project start(ProjectDetails details) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.phase = ProjectPhase.ACTIVE;
        project.createdAt = Instant.now();
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
        updatedAt = Instant.now();
    }

    public void reopen() {
        if (phase != ProjectPhase.CLOSED) {
            throw new RuleViolationException("phase", "project.error.notClosed", "Project " + code + " is not closed", code);
        }
        phase = ProjectPhase.ACTIVE;
        closedOn = null;
        updatedAt = Instant.now();
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
        updatedAt = Instant.now();
    }

    /** Refuses changes to a closed project, and to what belongs to it (its milestones). */
    public void requireActive() {
        if (phase == ProjectPhase.CLOSED) {
            throw new RuleViolationException("phase", "project.error.closed", "Project " + code + " is closed", code);
        }
    }

    public UUID id() {
        return id;
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

    public long version() {
        return version;
    }

    public ProjectDetails details() {
        return new ProjectDetails(code, name, description, method, manager, startDate, endDate, status, budget);
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
