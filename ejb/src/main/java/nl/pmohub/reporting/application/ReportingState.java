package nl.pmohub.reporting.application;

import nl.pmohub.reporting.domain.ReportCadence;

import java.time.LocalDate;
import java.util.UUID;

/** An active project as the overdue check reads it: its cadence and the end of the last period it handed in (null: none). */
public record ReportingState(UUID projectId, String projectCode, String projectName, String manager, LocalDate startDate,
                             ReportCadence cadence, LocalDate lastReported) {
}
