package nl.pmohub.planning.application;

import nl.pmohub.shared.application.Versioned;
import nl.pmohub.planning.domain.SprintStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A sprint as lists and the timeline show it, projected from the database with the totals of its items:
 * {@code plannedPoints} (all items now in it), {@code donePoints} (those done). {@code committedPoints} is
 * set from the start on, {@code completedPoints}, {@code reviewNotes} and {@code reviewedOn} from the review on.
 */
public record SprintSummary(UUID id, UUID projectId, String team, int number, String goal, LocalDate startDate, LocalDate endDate,
                         SprintStatus status, Integer committedPoints, Integer completedPoints, String reviewNotes,
                         LocalDate reviewedOn, int itemCount, int plannedPoints, int donePoints, long version) implements Versioned {

    public boolean isPlanned() {
        return status == SprintStatus.PLANNED;
    }

    public boolean isActive() {
        return status == SprintStatus.ACTIVE;
    }

    public boolean isClosed() {
        return status == SprintStatus.CLOSED;
    }

    /** Days the sprint lasts, both ends included. */
    public long lengthDays() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
