package nl.pmohub.reporting.api;

import nl.pmohub.reporting.application.ScheduleSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A project's reporting cadence. */
@Schema(name = "ReportSchedule")
public record ScheduleResponse(UUID projectId, @Schema(enumeration = {"WEEKLY", "BIWEEKLY", "MONTHLY"}) String cadence,
                               @Schema(description = "-1 while the project keeps the default (monthly); send it as If-Match once it is 0 or more") long version) {

    static ScheduleResponse of(ScheduleSummary s) {
        return new ScheduleResponse(s.projectId(), s.cadence().name(), s.version());
    }
}
