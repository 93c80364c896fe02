package nl.pmohub.reporting.api;

import nl.pmohub.reporting.application.OverdueReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An active project whose last due report has not been handed in. */
@Schema(name = "OverdueReport")
public record OverdueResponse(UUID projectId, String projectCode, String projectName, String manager,
                              @Schema(enumeration = {"WEEKLY", "BIWEEKLY", "MONTHLY"}) String cadence,
                              @Schema(description = "The period whose report is missing") LocalDate dueStart, LocalDate dueEnd,
                              @Schema(description = "End of the last period handed in; absent when never") LocalDate lastReported,
                              @Schema(description = "Days past the due date (five days after the period)") long daysLate) {

    static OverdueResponse of(OverdueReport o) {
        return new OverdueResponse(o.projectId(), o.projectCode(), o.projectName(), o.manager(), o.cadence().name(), o.dueStart(), o.dueEnd(),
                o.lastReported(), o.daysLate());
    }
}
