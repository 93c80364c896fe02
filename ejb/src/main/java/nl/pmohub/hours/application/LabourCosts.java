package nl.pmohub.hours.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The hours context's published port for budgets and progress reports: approved hours of a project per month
 * at their rates, and within a period, summed in the database; and one person's approved hours, on which the marketplace's
 * fee statements are made.
 */
public interface LabourCosts {

    List<LabourMonth> approvedByMonth(UUID projectId);

    /** The project's approved hours on the days from {@code first} to {@code last}, both included. */
    BigDecimal approvedHours(UUID projectId, LocalDate first, LocalDate last);

    /** The approved hours {@code person} worked on the project on the days from {@code first} to {@code last}, both included. */
    BigDecimal approvedHoursOf(UUID projectId, String person, LocalDate first, LocalDate last);
}
