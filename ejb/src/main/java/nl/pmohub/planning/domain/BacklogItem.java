package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A product backlog item (a story) of a project, in the product backlog ({@code sprintId} null) or in one
 * of the project's sprints. Invariants it keeps itself: it is done exactly when it has a done date (the
 * burndown counts it from that day); it only moves into an open sprint of its own project; while its
 * sprint is closed it does not change (the review's numbers rest on it).
 */
@Entity
@Table(name = "backlog_item")
public class BacklogItem extends ProjectRecord {

    @Column(name = "sprint_id")
    private UUID sprintId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "estimate")
    private Integer estimate;

    @Column(name = "rank", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ItemStatus status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected BacklogItem() {
    }

    /**
     * A new item of the project, last in line unless the details give a rank.
     *
     * @param sprint the sprint named by {@code details.sprintId()}, or null for the product backlog
     * @param nextRank the rank after the project's last item
     */
    public static BacklogItem add(UUID projectId, BacklogItemDetails details, Sprint sprint, int nextRank, LocalDate today) {
        BacklogItem item = new BacklogItem();
        item.identify(projectId);
        item.rank = details.rank() == null ? nextRank : details.rank();
        item.apply(details, sprint, today);
        return item;
    }

    /**
     * Replaces the item's facts, including where it is planned.
     *
     * @param current the sprint the item is in now (null: product backlog)
     * @param target the sprint named by {@code details.sprintId()} (null: product backlog)
     */
    public void revise(BacklogItemDetails details, Sprint current, Sprint target, LocalDate today) {
        requireChangeable(current);
        if (details.rank() != null) {
            rank = details.rank();
        }
        apply(details, target, today);
    }

    /** Marks the item done on the given day (the burndown counts it from then). */
    public void finish(LocalDate on) {
        status = ItemStatus.DONE;
        doneOn = Objects.requireNonNull(on);
    }

    /** Takes the item out of its sprint, e.g. when the sprint's review closes it unfinished. */
    public void returnToProductBacklog() {
        sprintId = null;
    }

    /** Refuses changes while the item sits in a closed sprint. */
    public void requireChangeable(Sprint current) {
        if (current != null && sprintId != null && current.id().equals(sprintId)) {
            current.requireOpen();
        }
    }

    private void apply(BacklogItemDetails details, Sprint target, LocalDate today) {
        if (details.estimate() != null && (details.estimate() < 0 || details.estimate() > 100)) {
            throw new RuleViolationException("estimate", "scrum.error.estimate", "An estimate is 0 to 100 story points");
        }
        UUID targetId = target == null ? null : target.id();
        if (!Objects.equals(targetId, details.sprintId())) {
            throw new IllegalArgumentException("Target sprint " + targetId + " is not the one named: " + details.sprintId());
        }
        if (target != null && !Objects.equals(target.id(), sprintId) && !target.acceptsItemsOf(projectId())) {
            throw new RuleViolationException("sprintId", "scrum.error.sprintClosed",
                    "Sprint " + target.number() + " is closed or belongs to another project", target.number());
        }
        title = details.title().strip();
        description = details.description() == null || details.description().isBlank() ? null : details.description().strip();
        estimate = details.estimate();
        sprintId = targetId;
        if (details.status() == ItemStatus.DONE) {
            if (doneOn == null) {
                finish(today);
            }
        } else {
            status = details.status();
            doneOn = null;
        }
    }

    public UUID sprintId() {
        return sprintId;
    }

    public ItemStatus status() {
        return status;
    }

    public boolean isDone() {
        return status == ItemStatus.DONE;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public Integer estimate() {
        return estimate;
    }

    /** Story points for sums: an item not estimated counts zero. */
    public int points() {
        return estimate == null ? 0 : estimate;
    }

    public int rank() {
        return rank;
    }

    public BacklogItemDetails details() {
        return new BacklogItemDetails(title, description, estimate, status, sprintId, rank);
    }
}
