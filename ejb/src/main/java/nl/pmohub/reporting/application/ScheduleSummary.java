package nl.pmohub.reporting.application;

import nl.pmohub.reporting.domain.ReportCadence;

import java.util.UUID;

/** A project's reporting cadence; {@code version} is -1 while the project keeps the default (nothing stored). */
public record ScheduleSummary(UUID projectId, ReportCadence cadence, long version) {
}
