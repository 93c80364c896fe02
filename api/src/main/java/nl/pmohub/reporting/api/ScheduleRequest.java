package nl.pmohub.reporting.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a project reports. */
@Schema(name = "ReportScheduleRequest")
public record ScheduleRequest(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"WEEKLY", "BIWEEKLY", "MONTHLY"},
                description = "Weekly: ISO weeks; biweekly: two weeks from the week the project starts in; monthly: calendar months") String cadence) {
}
