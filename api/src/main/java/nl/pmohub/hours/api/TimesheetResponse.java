package nl.pmohub.hours.api;

import nl.pmohub.hours.application.TimesheetSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One person's week of hours on one project. */
@Schema(name = "Timesheet")
public record TimesheetResponse(
        UUID id, UUID projectId, String projectCode, String projectName, String person,
        @Schema(description = "The Monday of the week") LocalDate weekStart,
        @Schema(enumeration = {"OPEN", "SUBMITTED", "APPROVED", "REJECTED"}) String status,
        BigDecimal totalHours,
        @Schema(description = "Hours per day, Monday first; 0 where none", minItems = 7, maxItems = 7) List<BigDecimal> days,
        @Schema(description = "Why it was sent back; absent unless rejected") String comment,
        @Schema(description = "Who approved or rejected it") String decidedBy, Instant decidedAt,
        long version) {

    static TimesheetResponse of(TimesheetSummary s) {
        return new TimesheetResponse(s.id(), s.projectId(), s.projectCode(), s.projectName(), s.person(), s.weekStart(), s.status().name(),
                s.totalHours(), s.days(), s.comment(), s.decidedBy(), s.decidedAt(), s.version());
    }
}
