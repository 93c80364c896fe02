package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A deliverable (in Prince2 terms, a product) of a project: planned from start to end, with the baseline
 * period it was first planned at, so that slippage shows. Finish-to-start dependencies between
 * deliverables are {@link DeliverableDependency} links.
 */
@Entity
@Table(name = "deliverable")
public class Deliverable extends ProjectRecord {

    @Column(name = "stage_id")
    private UUID stageId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "owner", length = 100)
    private String owner;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "baseline_start", nullable = false)
    private LocalDate baselineStart;

    @Column(name = "baseline_end", nullable = false)
    private LocalDate baselineEnd;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Deliverable() {
    }

    /** A new deliverable; 100 % complete without a date counts as done {@code today}. */
    public static Deliverable plan(UUID projectId, DeliverableDetails details, LocalDate today) {
        Deliverable deliverable = new Deliverable();
        deliverable.identify(projectId);
        deliverable.apply(details, today);
        deliverable.rebaseline();
        return deliverable;
    }

    public void revise(DeliverableDetails details, LocalDate today) {
        apply(details, today);
    }

    /** Accepts the current plan as the baseline: slippage starts at zero again. */
    public void rebaseline() {
        baselineStart = startDate;
        baselineEnd = endDate;
    }

    /** Days the planned end lies after the baseline end (negative: earlier). */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineEnd, endDate);
    }

    private void apply(DeliverableDetails details, LocalDate today) {
        completedOn = Completion.doneOn(details.percentComplete(), details.completedOn(), "completedOn", today);
        name = details.name().strip();
        owner = Completion.owner(details.owner());
        startDate = details.startDate();
        endDate = details.endDate();
        percentComplete = details.percentComplete();
        stageId = details.stageId();
    }

    public DeliverableDetails details() {
        return new DeliverableDetails(name, owner, startDate, endDate, percentComplete, completedOn, stageId);
    }
}
