package nl.pmohub.reporting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a project reports. Weekly periods are ISO weeks (Monday to Sunday); biweekly ones are two such
 * weeks counted from the week the project starts in; monthly ones are calendar months.
 */
public enum ReportCadence {
    WEEKLY, BIWEEKLY, MONTHLY;

    /** How many days after its period a report is still on time. */
    public static final int GRACE_DAYS = 5;

    /** The period {@code day} lies in, for a project that starts on {@code projectStart}. */
    public ReportingPeriod periodOf(LocalDate day, LocalDate projectStart) {
        return switch (this) {
            case WEEKLY -> weeks(monday(day), 1);
            case BIWEEKLY -> {
                LocalDate anchor = monday(projectStart);
                long blocks = Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), 14L);
                yield weeks(anchor.plusWeeks(2 * blocks), 2);
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(day);
                yield new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
            }
        };
    }

    /** The period right after {@code period}. */
    public ReportingPeriod after(ReportingPeriod period, LocalDate projectStart) {
        return periodOf(period.endDate().plusDays(1), projectStart);
    }

    /** The last period whose report is due by {@code today} (ended at least {@link #GRACE_DAYS} days ago). */
    public ReportingPeriod lastDue(LocalDate today, LocalDate projectStart) {
        LocalDate latestEnd = today.minusDays(GRACE_DAYS + 1L);
        ReportingPeriod period = periodOf(latestEnd, projectStart);
        return period.endDate().isAfter(latestEnd) ? periodOf(period.startDate().minusDays(1), projectStart) : period;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static ReportingPeriod weeks(LocalDate monday, int count) {
        return new ReportingPeriod(monday, monday.plusWeeks(count).minusDays(1));
    }
}
