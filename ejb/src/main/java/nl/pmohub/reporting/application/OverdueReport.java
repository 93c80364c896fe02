package nl.pmohub.reporting.application;

import nl.pmohub.reporting.domain.ReportCadence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An active project whose report over {@code dueStart}–{@code dueEnd} has not been handed in
 * {@link ReportCadence#GRACE_DAYS} days after that period; {@code lastReported} is the end of the last period
 * it did hand in (null: never).
 */
public record OverdueReport(UUID projectId, String projectCode, String projectName, String manager, ReportCadence cadence,
                            LocalDate dueStart, LocalDate dueEnd, LocalDate lastReported, long daysLate) {
}
