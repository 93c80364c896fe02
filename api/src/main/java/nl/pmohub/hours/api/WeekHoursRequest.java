package nl.pmohub.hours.api;

import nl.pmohub.hours.domain.DayHours;
import nl.pmohub.hours.domain.WeekHours;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hours for days of one week on one project; days not named keep their hours, 0 clears a day. */
@Schema(name = "WeekHoursRequest")
public record WeekHoursRequest(
        @Schema(required = true, maxItems = 7, description = "Days of the week addressed by the path") List<Day> days) {

    /** The hours of one day. */
    @Schema(name = "DayHoursRequest")
    public record Day(
            @Schema(required = true, example = "2026-11-30") LocalDate date,
            @Schema(required = true, minimum = "0", maximum = "24", example = "7.5",
                    description = "Up to two decimals; at most 24 with the person's other projects that day") BigDecimal hours) {
    }

    WeekHours toHours() {
        return new WeekHours(days == null ? null : days.stream().map(d -> d == null ? null : new DayHours(d.date(), d.hours())).toList());
    }
}
