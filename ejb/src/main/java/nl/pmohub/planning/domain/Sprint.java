package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * A Scrum sprint of one team within a project. Invariants it keeps itself: it lasts at most
 * {@link #MAX_DAYS} days and lies within its project's period; it goes PLANNED → ACTIVE (start: the
 * points of its items become the commitment) → CLOSED (review: the points of its done items are the
 * completed points, unfinished items return to the product backlog); a closed sprint no longer changes.
 * That a team's sprints do not overlap and that a team runs one sprint at a time needs the other sprints:
 * the service checks it, and the database's exclusion constraint and unique index back it up under races.
 */
@Entity
@Table(name = "sprint")
public class Sprint extends ProjectRecord implements Period {

    /** Eight weeks: longer is no longer a sprint (the Scrum Guide says a month or less; we allow some slack). */
    public static final int MAX_DAYS = 56;

    @Column(name = "team", nullable = false, length = 60)
    private String team;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "goal", nullable = false, length = 500)
    private String goal;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private SprintStatus status;

    @Column(name = "committed_points")
    private Integer committedPoints;

    @Column(name = "completed_points")
    private Integer completedPoints;

    @Column(name = "review_notes", length = 2000)
    private String reviewNotes;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    protected Sprint() {
    }

    /** A new sprint, number {@code number} of its project, within the project's period. */
    public static Sprint plan(UUID projectId, int number, SprintDetails details, Period project) {
        if (number < 1) {
            throw new IllegalArgumentException("Sprint numbers start at 1: " + number);
        }
        Sprint sprint = new Sprint();
        sprint.identify(projectId);
        sprint.number = number;
        sprint.status = SprintStatus.PLANNED;
        sprint.apply(details, project);
        return sprint;
    }

    /** Replaces team, goal and dates; refused once the sprint is closed. */
    public void revise(SprintDetails details, Period project) {
        requireOpen();
        apply(details, project);
    }

    /**
     * Starts the sprint: its items' estimates (unestimated ones count 0) become the commitment.
     *
     * @param items the items in this sprint now
     * @param teamBusy whether another sprint of the same team is active
     */
    public void start(Collection<BacklogItem> items, boolean teamBusy) {
        if (status != SprintStatus.PLANNED) {
            throw new RuleViolationException("status", "scrum.error.notPlanned", "Sprint " + number + " is " + status + ", not PLANNED", number);
        }
        if (teamBusy) {
            throw new RuleViolationException("team", "scrum.error.teamBusy", "Team " + team + " already has an active sprint; review it first", team);
        }
        committedPoints = points(items, false);
        status = SprintStatus.ACTIVE;
    }

    /**
     * The sprint review closes the sprint: the done items' points are what was completed; every item not
     * done goes back to the product backlog (to be planned again).
     *
     * @param items the items in this sprint now
     */
    public void review(SprintReview review, Collection<BacklogItem> items, LocalDate on) {
        if (status != SprintStatus.ACTIVE) {
            throw new RuleViolationException("status", "scrum.error.notActive", "Sprint " + number + " is " + status + ", not ACTIVE", number);
        }
        completedPoints = points(items, true);
        for (BacklogItem item : items) {
            if (!item.isDone()) {
                item.returnToProductBacklog();
            }
        }
        reviewNotes = review.notes().strip();
        reviewedOn = Objects.requireNonNull(on);
        status = SprintStatus.CLOSED;
    }

    /** Only a sprint that never started may be deleted; its items go back to the product backlog. */
    public void requireRemovable() {
        if (status != SprintStatus.PLANNED) {
            throw new RuleViolationException("status", "scrum.error.notRemovable", "Sprint " + number + " has started and cannot be removed", number);
        }
    }

    /** Refuses any change to a closed sprint (and to the items it closed with). */
    public void requireOpen() {
        if (status == SprintStatus.CLOSED) {
            throw new RuleViolationException("status", "scrum.error.closed", "Sprint " + number + " is closed", number);
        }
    }

    /** Items may be planned into a sprint that has not closed, of the same project. */
    public boolean acceptsItemsOf(UUID project) {
        return status != SprintStatus.CLOSED && belongsTo(project);
    }

    /** Whether two periods share at least one day (both ends inclusive, as sprints are). */
    public static boolean overlap(Period a, Period b) {
        return !a.startDate().isAfter(b.endDate()) && !b.startDate().isAfter(a.endDate());
    }

    private void apply(SprintDetails details, Period project) {
        LocalDate start = details.startDate();
        LocalDate end = details.endDate();
        if (end.isBefore(start)) {
            throw new RuleViolationException("endDate", "scrum.error.endBeforeStart", "The end date lies before the start date");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new RuleViolationException("endDate", "scrum.error.tooLong", "A sprint lasts at most " + MAX_DAYS + " days", MAX_DAYS);
        }
        if (start.isBefore(project.startDate()) || end.isAfter(project.endDate())) {
            throw new RuleViolationException(start.isBefore(project.startDate()) ? "startDate" : "endDate", "scrum.error.outsideProject",
                    "A sprint lies within the project (" + project.startDate() + " – " + project.endDate() + ")",
                    project.startDate(), project.endDate());
        }
        team = details.team().strip();
        goal = details.goal().strip();
        startDate = start;
        endDate = end;
    }

    private static int points(Collection<BacklogItem> items, boolean doneOnly) {
        return items.stream().filter(i -> !doneOnly || i.isDone()).mapToInt(BacklogItem::points).sum();
    }

    public int number() {
        return number;
    }

    public String team() {
        return team;
    }

    public String goal() {
        return goal;
    }

    @Override
    public LocalDate startDate() {
        return startDate;
    }

    @Override
    public LocalDate endDate() {
        return endDate;
    }

    public SprintStatus status() {
        return status;
    }

    public Integer committedPoints() {
        return committedPoints;
    }

    public Integer completedPoints() {
        return completedPoints;
    }

    public String reviewNotes() {
        return reviewNotes;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public SprintDetails details() {
        return new SprintDetails(team, goal, startDate, endDate);
    }
}
