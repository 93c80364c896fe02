package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

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
public class Milestone extends ProjectRecord {

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

    protected Milestone() {
    }

    /** A new milestone; 100 % complete without a date counts as done {@code today}. */
    public static Milestone plan(UUID projectId, MilestoneDetails details, LocalDate today) {
        Milestone milestone = new Milestone();
        milestone.identify(projectId);
        milestone.apply(details, today);
        milestone.baselineDate = milestone.plannedDate;
        return milestone;
    }

    public void revise(MilestoneDetails details, LocalDate today) {
        apply(details, today);
    }

    /** Accepts the current plan as the new baseline (a decision, e.g. at a stage gate): slippage starts at zero again. */
    public void rebaseline() {
        baselineDate = plannedDate;
    }

    /** Days the planned date lies after the baseline (negative: earlier). */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineDate, plannedDate);
    }

    private void apply(MilestoneDetails details, LocalDate today) {
        achievedOn = Completion.doneOn(details.percentComplete(), details.achievedOn(), "achievedOn", today);
        name = details.name().strip();
        owner = Completion.owner(details.owner());
        plannedDate = details.plannedDate();
        percentComplete = details.percentComplete();
        stageId = details.stageId();
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
