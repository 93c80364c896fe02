package nl.pmohub.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The burndown of a sprint, one point per day of the sprint. The ideal line falls linearly from the
 * baseline on the first day to zero on the last; the actual line is the baseline minus the points of the
 * sprint's items done on or before that day, and stops at today (the future has no actuals). The
 * baseline is the commitment once the sprint has started, before that the points planned into it now.
 */
public record Burndown(UUID sprintId, int number, LocalDate startDate, LocalDate endDate, int baseline, List<Day> days) {

    /** One day: ideal remaining points (one decimal) and actual remaining ({@code null} after today). */
    public record Day(LocalDate date, BigDecimal ideal, Integer actual) {
    }

    public Burndown {
        days = List.copyOf(days);
    }

    /**
     * @param committed the commitment of a started sprint, null when it has not started
     * @param plannedPoints the points of all items in the sprint now
     * @param doneByDay points of the sprint's done items, by the day they were done
     */
    public static Burndown of(UUID sprintId, int number, LocalDate start, LocalDate end, Integer committed, int plannedPoints,
                              Map<LocalDate, Integer> doneByDay, LocalDate today) {
        Objects.requireNonNull(today);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        int baseline = committed != null ? committed : plannedPoints;
        long last = ChronoUnit.DAYS.between(start, end);
        List<Day> days = new ArrayList<>();
        for (long i = 0; i <= last; i++) {
            LocalDate date = start.plusDays(i);
            BigDecimal ideal = last == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(baseline).multiply(BigDecimal.valueOf(last - i))
                            .divide(BigDecimal.valueOf(last), 1, RoundingMode.HALF_UP);
            Integer actual = null;
            if (!date.isAfter(today)) {
                int done = doneByDay.entrySet().stream().filter(e -> !e.getKey().isAfter(date)).mapToInt(Map.Entry::getValue).sum();
                actual = baseline - done;
            }
            days.add(new Day(date, ideal, actual));
        }
        return new Burndown(sprintId, number, start, end, baseline, days);
    }

    /** Remaining points on the latest day with an actual, or the baseline when the sprint lies ahead. */
    public int remaining() {
        return days.stream().filter(d -> d.actual() != null).reduce((a, b) -> b).map(Day::actual).orElse(baseline);
    }
}
