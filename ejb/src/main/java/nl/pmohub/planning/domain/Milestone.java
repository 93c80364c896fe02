package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A milestone of a project. Its baseline is the date it was first planned at (or last re-baselined at);
 * moving the planned date later shows as slippage instead of silently rewriting history. An achieved
 * milestone is 100 % complete.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @Column(name = "id")
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 30)
    private String tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "stage_id")
    private UUID stageId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "owner", length = 100)
    private String owner;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Milestone() {
    }

    public static Milestone plan(UUID projectId, MilestoneDetails details) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.projectId = projectId;
        milestone.createdAt = Instant.now();
        milestone.apply(details);
        milestone.baselineDate = milestone.plannedDate;
        return milestone;
    }

    public void revise(MilestoneDetails details) {
        apply(details);
    }

    /** Accepts the current plan as the new baseline (a decision, e.g. at a stage gate): slippage starts at zero again. */
    public void rebaseline() {
        baselineDate = plannedDate;
        updatedAt = Instant.now();
    }

    /** Days the planned date lies after the baseline (negative: earlier). */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineDate, plannedDate);
    }

    private void apply(MilestoneDetails details) {
        achievedOn = Completion.doneOn(details.percentComplete(), details.achievedOn(), "achievedOn");
        name = details.name().strip();
        owner = Completion.owner(details.owner());
        plannedDate = details.plannedDate();
        percentComplete = details.percentComplete();
        stageId = details.stageId();
        updatedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public long version() {
        return version;
    }

    public LocalDate plannedDate() {
        return plannedDate;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }

    public MilestoneDetails details() {
        return new MilestoneDetails(name, owner, plannedDate, percentComplete, achievedOn, stageId);
    }
}
