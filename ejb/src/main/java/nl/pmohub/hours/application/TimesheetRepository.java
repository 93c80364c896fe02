package nl.pmohub.hours.application;

import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.shared.application.ProjectRecords;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Timesheets of the current tenant. Lists are projections: one query for the weeks and one for the days of
 * all of them, whatever their number.
 */
public interface TimesheetRepository extends ProjectRecords<Timesheet> {

    Optional<Timesheet> find(UUID projectId, String person, LocalDate weekStart);

    /** The person's hours per day of the week on projects other than {@code except}. */
    Map<LocalDate, BigDecimal> hoursElsewhere(String person, LocalDate weekStart, UUID except);

    /** The person's weeks starting on {@code weekStart}, one per project, by project code. */
    List<TimesheetSummary> ofPerson(String person, LocalDate weekStart);

    Optional<TimesheetSummary> summary(UUID projectId, UUID id);

    /** Submitted weeks of the tenant, oldest first: what project managers have to decide. */
    Page<TimesheetSummary> toApprove(PageRequest page);

    /** The project's hours per week from {@code from} on, weeks without hours left out. */
    List<WeekTotal> weeksOfProject(UUID projectId, LocalDate from);
}
