package nl.pmohub.hours.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.hours.domain.DayHours;
import nl.pmohub.hours.domain.PersonRate;
import nl.pmohub.hours.domain.RateDetails;
import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.hours.domain.WeekHours;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.domain.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hours context's published port for other contexts, in the current tenant: the marketplace sets a hired
 * professional's hourly cost to the agreed rate (so budgets count it), and demo data records approved weeks.
 */
@ApplicationScoped
public class HoursPort {

    @Inject
    RateRepository rates;

    @Inject
    TimesheetRepository timesheets;

    @Inject
    ProjectPort projects;

    /** {@code person} costs {@code hourlyRate} an hour from {@code from} on (a rate of that day already kept is replaced). */
    public void setRate(String person, BigDecimal hourlyRate, LocalDate from) {
        RateDetails details = new RateDetails(person, hourlyRate, from);
        rates.find(person, from).ifPresentOrElse(rate -> rate.change(hourlyRate), () -> rates.add(PersonRate.of(details)));
    }

    /** A week of {@code person} on the project, the same hours each weekday within the project's period, handed in and approved. */
    public void recordApprovedWeek(UUID projectId, String person, LocalDate monday, BigDecimal hoursADay, String approver, Instant submitted,
                                   Instant approved) {
        Period period = projects.period(projectId);
        List<DayHours> days = new ArrayList<>();
        for (LocalDate day = monday; day.isBefore(monday.plusDays(5)); day = day.plusDays(1)) {
            if (!day.isBefore(period.startDate()) && !day.isAfter(period.endDate())) {
                days.add(new DayHours(day, hoursADay));
            }
        }
        if (days.isEmpty()) {
            return;
        }
        Timesheet sheet = Timesheet.open(projectId, person, monday);
        sheet.record(new WeekHours(days), period, Map.of());
        sheet.submit(submitted);
        sheet.approve(approver, approved);
        timesheets.add(sheet);
    }
}
