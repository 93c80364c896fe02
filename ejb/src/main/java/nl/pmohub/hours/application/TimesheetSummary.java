package nl.pmohub.hours.application;

import nl.pmohub.hours.domain.SheetStatus;
import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A week of one person's hours on one project as lists and the week grid show it: the hours of its seven
 * days (Monday first, 0 where none), the total, where it stands and who decided.
 */
public record TimesheetSummary(UUID id, UUID projectId, String projectCode, String projectName, String person,
                               LocalDate weekStart, SheetStatus status, BigDecimal totalHours, List<BigDecimal> days,
                               String comment, String decidedBy, Instant decidedAt, long version) implements Versioned {

    public TimesheetSummary {
        days = List.copyOf(days);
    }

    public boolean isEditable() {
        return status.isEditable();
    }
}
