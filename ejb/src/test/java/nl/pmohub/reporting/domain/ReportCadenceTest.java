package nl.pmohub.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCadenceTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 4); // a Wednesday

    @Test
    void weeklyPeriodsAreIsoWeeks() {
        assertThat(ReportCadence.WEEKLY.periodOf(LocalDate.of(2026, 12, 3), START))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void biweeklyPeriodsCountTwoWeeksFromTheWeekTheProjectStartsIn() {
        assertThat(ReportCadence.BIWEEKLY.periodOf(START, START))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15)));
        assertThat(ReportCadence.BIWEEKLY.periodOf(LocalDate.of(2026, 3, 16), START))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 29)));
        assertThat(ReportCadence.BIWEEKLY.periodOf(LocalDate.of(2026, 2, 28), START))
                .as("before the start the blocks go on backwards")
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void monthlyPeriodsAreCalendarMonthsAndFollowEachOther() {
        ReportingPeriod february = ReportCadence.MONTHLY.periodOf(LocalDate.of(2028, 2, 10), START);
        assertThat(february).isEqualTo(new ReportingPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertThat(ReportCadence.MONTHLY.after(february, START)).isEqualTo(new ReportingPeriod(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 31)));
    }

    @Test
    void aPeriodIsDueFiveDaysAfterItsEnd() {
        // November ends on the 30th: its report is due up to and including 5 December
        assertThat(ReportCadence.MONTHLY.lastDue(LocalDate.of(2026, 12, 5), START).endDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(ReportCadence.MONTHLY.lastDue(LocalDate.of(2026, 12, 6), START).endDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ReportCadence.WEEKLY.lastDue(LocalDate.of(2026, 12, 12), START).endDate()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(ReportCadence.WEEKLY.lastDue(LocalDate.of(2026, 12, 11), START).endDate()).isEqualTo(LocalDate.of(2026, 11, 29));
    }
}
