package nl.pmohub.hours.application;

import java.time.LocalDate;
import java.util.List;

/** The signed-in person's week: its Monday and their timesheet per project (only projects with one). */
public record MyWeek(String person, LocalDate weekStart, List<TimesheetSummary> sheets) {

    public MyWeek {
        sheets = List.copyOf(sheets);
    }
}
