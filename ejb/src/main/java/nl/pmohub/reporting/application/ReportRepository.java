package nl.pmohub.reporting.application;

import nl.pmohub.reporting.domain.ProgressReport;
import nl.pmohub.reporting.domain.ReportSchedule;
import nl.pmohub.shared.application.ProjectRecords;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Progress reports and report schedules of the current tenant. */
public interface ReportRepository extends ProjectRecords<ProgressReport> {

    /** The project's reports, newest period first, the latest revision of a period first. */
    List<ReportSummary> history(UUID projectId);

    Optional<ReportDocumentView> view(UUID projectId, UUID id);

    /** The project's report being written or decided on, if any (there is at most one). */
    Optional<ProgressReport> open(UUID projectId);

    /** The end of the latest period the project has a report of. */
    Optional<LocalDate> lastPeriodEnd(UUID projectId);

    /** Whether a later revision of the report's period exists. */
    boolean superseded(ProgressReport report);

    /** Handed-in reports across the tenant, the longest waiting first. */
    List<ReportSummary> awaitingDecision(int limit);

    /** Every active project with its cadence (the default where none is set) and last handed-in period, by code. */
    List<ReportingState> reportingState();

    Optional<ReportSchedule> schedule(UUID projectId);

    void addSchedule(ReportSchedule schedule);
}
