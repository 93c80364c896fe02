package nl.pmohub.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The velocity of a project: the points completed in each closed sprint, oldest first, and the average of
 * the last {@link #WINDOW} of them (the usual basis for forecasting the next sprint).
 */
public record Velocity(List<Entry> sprints, BigDecimal recentAverage) {

    public static final int WINDOW = 3;

    /** One closed sprint's commitment and result. */
    public record Entry(UUID sprintId, int number, String team, LocalDate endDate, int committedPoints, int completedPoints) {
    }

    public Velocity {
        sprints = List.copyOf(sprints);
    }

    /** Orders the closed sprints by end date (then number) and averages the last three; none: zero. */
    public static Velocity of(List<Entry> closed) {
        List<Entry> ordered = closed.stream()
                .sorted(Comparator.comparing(Entry::endDate).thenComparingInt(Entry::number)).toList();
        List<Entry> recent = ordered.subList(Math.max(0, ordered.size() - WINDOW), ordered.size());
        BigDecimal average = recent.isEmpty() ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(recent.stream().mapToInt(Entry::completedPoints).sum())
                        .divide(BigDecimal.valueOf(recent.size()), 1, RoundingMode.HALF_UP);
        return new Velocity(ordered, average);
    }
}
