package nl.pmohub.hours.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A person's hours on one project for the days of one week that they fill in; days not named keep their
 * hours. The service's contract (API and the week grid) validates it; {@link Timesheet} keeps the rules that
 * need the week and the project.
 */
public record WeekHours(@NotNull @Size(max = 7) List<@NotNull @Valid DayHours> days) {
}
