package nl.pmohub.hours.infrastructure;

import nl.pmohub.hours.application.TimesheetSummary;
import nl.pmohub.hours.domain.SheetStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A timesheet as the list queries project it, before its days are added (public for JPQL's {@code select new}). */
public record SheetRow(UUID id, UUID projectId, String projectCode, String projectName, String person, LocalDate weekStart,
                       SheetStatus status, BigDecimal totalHours, String comment, String decidedBy, Instant decidedAt, long version) {

    TimesheetSummary withDays(List<BigDecimal> days) {
        return new TimesheetSummary(id, projectId, projectCode, projectName, person, weekStart, status, totalHours, days,
                comment, decidedBy, decidedAt, version);
    }
}
