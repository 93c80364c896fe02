package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.Burndown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The burndown of a sprint: remaining points per day, ideal and actual. */
@Schema(name = "Burndown")
public record BurndownResponse(
        UUID sprintId, int number, LocalDate startDate, LocalDate endDate,
        @Schema(description = "The commitment of a started sprint, else the points planned into it now") int baseline,
        @Schema(description = "Remaining points on the last day with an actual value") int remaining,
        List<Day> days) {

    /** One day of the sprint. */
    @Schema(name = "BurndownDay")
    public record Day(LocalDate date,
                      @Schema(description = "Linear from the baseline on the first day to 0 on the last") BigDecimal ideal,
                      @Schema(description = "Baseline minus the points done on or before this day; absent after today") Integer actual) {
    }

    static BurndownResponse of(Burndown b) {
        return new BurndownResponse(b.sprintId(), b.number(), b.startDate(), b.endDate(), b.baseline(), b.remaining(),
                b.days().stream().map(d -> new Day(d.date(), d.ideal(), d.actual())).toList());
    }
}
