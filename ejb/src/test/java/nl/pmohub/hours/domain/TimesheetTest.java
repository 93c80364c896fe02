package nl.pmohub.hours.domain;

import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimesheetTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-08T09:00:00Z");
    private static final Period PROJECT = period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    private static Period period(LocalDate start, LocalDate end) {
        return new Period() {
            @Override
            public LocalDate startDate() {
                return start;
            }

            @Override
            public LocalDate endDate() {
                return end;
            }
        };
    }

    /** Hours from the given day on ("8", "7.5", …). */
    private static WeekHours hours(LocalDate from, String... hours) {
        return new WeekHours(IntStream.range(0, hours.length).mapToObj(i -> new DayHours(from.plusDays(i), new BigDecimal(hours[i]))).toList());
    }

    private static Timesheet week(String... hours) {
        Timesheet sheet = Timesheet.open(UUID.randomUUID(), "pmo", MONDAY);
        sheet.record(hours(MONDAY, hours), PROJECT, Map.of());
        return sheet;
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void recordedDaysAddUpAndDaysNotNamedKeepTheirHours() {
        Timesheet sheet = week("8", "7.5", "0", "4.25");
        assertThat(sheet.totalHours()).isEqualByComparingTo("19.75");
        sheet.record(hours(MONDAY.plusDays(1), "6", "2"), PROJECT, Map.of());
        assertThat(sheet.totalHours()).isEqualByComparingTo("20.25");
        assertThat(sheet.hoursOn(MONDAY)).isEqualByComparingTo("8");
        sheet.record(hours(MONDAY, "0"), PROJECT, Map.of());
        assertThat(sheet.hoursOn(MONDAY)).as("0 clears a day").isEqualByComparingTo("0");
        assertThat(sheet.totalHours()).isEqualByComparingTo("12.25");
        assertThat(sheet.status()).isEqualTo(SheetStatus.OPEN);
    }

    @Test
    void aWeekStartsOnMondayAndTakesOnlyItsOwnDaysOnce() {
        refused(() -> Timesheet.open(UUID.randomUUID(), "pmo", MONDAY.plusDays(1)), "weekStart", "hours.error.notMonday");
        Timesheet sheet = week();
        refused(() -> sheet.record(hours(MONDAY.plusDays(7), "1"), PROJECT, Map.of()), "days[0].date", "hours.error.outsideWeek");
        refused(() -> sheet.record(hours(MONDAY.minusDays(1), "1"), PROJECT, Map.of()), "days[0].date", "hours.error.outsideWeek");
        refused(() -> sheet.record(new WeekHours(List.of(new DayHours(MONDAY, BigDecimal.ONE), new DayHours(MONDAY, BigDecimal.TEN))), PROJECT, Map.of()),
                "days[1].date", "hours.error.dayTwice");
        assertThat(Timesheet.weekOf(LocalDate.of(2027, 3, 7))).as("a Sunday belongs to the week before").isEqualTo(MONDAY);
        assertThat(Timesheet.weekOf(MONDAY)).isEqualTo(MONDAY);
    }

    @Test
    void hoursOnlyWithinTheProjectButAnEmptyDayOutsideItIsFine() {
        Timesheet sheet = Timesheet.open(UUID.randomUUID(), "pmo", MONDAY);
        Period endsWednesday = period(LocalDate.of(2026, 1, 1), MONDAY.plusDays(2));
        sheet.record(hours(MONDAY, "8", "8", "8", "0"), endsWednesday, Map.of());
        refused(() -> sheet.record(hours(MONDAY.plusDays(3), "1"), endsWednesday, Map.of()), "days[0].date", "hours.error.outsideProject");
        assertThat(sheet.totalHours()).as("a refused change changes nothing").isEqualByComparingTo("24");
    }

    @Test
    void aDayHoldsAtMost24HoursWithThePersonsOtherProjects() {
        Timesheet sheet = week();
        Map<LocalDate, BigDecimal> elsewhere = Map.of(MONDAY.plusDays(1), new BigDecimal("16"));
        sheet.record(hours(MONDAY, "24", "8"), PROJECT, elsewhere);
        refused(() -> sheet.record(hours(MONDAY.plusDays(1), "8.25"), PROJECT, elsewhere), "days[0].hours", "hours.error.dayOver24");
        assertThat(sheet.hoursOn(MONDAY.plusDays(1))).isEqualByComparingTo("8");
    }

    @Test
    void aHandedInWeekIsLockedUntilSentBackAndAnApprovedOneForGood() {
        Timesheet sheet = week("8");
        sheet.submit(NOW);
        assertThat(sheet.status()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(sheet.submittedAt()).isEqualTo(NOW);
        refused(() -> sheet.record(hours(MONDAY, "1"), PROJECT, Map.of()), "status", "hours.error.submitted");
        refused(() -> sheet.submit(NOW), "status", "hours.error.submitted");

        sheet.reject("pm", "  Dinsdag ontbreekt ", NOW);
        assertThat(sheet.status()).isEqualTo(SheetStatus.REJECTED);
        assertThat(sheet.comment()).isEqualTo("Dinsdag ontbreekt");
        assertThat(sheet.decidedBy()).isEqualTo("pm");
        sheet.record(hours(MONDAY.plusDays(1), "8"), PROJECT, Map.of());
        sheet.submit(NOW);
        assertThat(sheet.comment()).as("handed in again: the old decision is gone").isNull();
        assertThat(sheet.decidedBy()).isNull();

        sheet.approve("pm", NOW);
        assertThat(sheet.status()).isEqualTo(SheetStatus.APPROVED);
        refused(() -> sheet.record(hours(MONDAY, "1"), PROJECT, Map.of()), "status", "hours.error.approved");
        refused(() -> sheet.reject("pm", "te laat", NOW), "status", "hours.error.notSubmitted");
        assertThat(sheet.totalHours()).isEqualByComparingTo("16");
    }

    @Test
    void decisionsNeedAHandedInWeekAnotherPersonAndForARejectionAReason() {
        Timesheet empty = week();
        refused(() -> empty.submit(NOW), "days", "hours.error.emptyWeek");
        Timesheet open = week("4");
        refused(() -> open.approve("pm", NOW), "status", "hours.error.notSubmitted");
        open.submit(NOW);
        refused(() -> open.approve("pmo", NOW), "status", "hours.error.ownWeek");
        refused(() -> open.reject("pm", " ", NOW), "comment", "hours.error.commentRequired");
        assertThat(open.status()).isEqualTo(SheetStatus.SUBMITTED);
    }
}
