package nl.pmohub.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.portfolio.application.OpenProject;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.reporting.domain.ProgressReport;
import nl.pmohub.reporting.domain.ReportCadence;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.reporting.domain.ReportSchedule;
import nl.pmohub.reporting.domain.ReportingPeriod;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Progress reports of a project. Project managers, the PMO and administrators write and hand them in; the
 * PMO and administrators approve or return them, never one they handed in themselves. Everyone reads them
 * and their PDF. A project has at most one report being written or decided on; the next draft covers the
 * latest ended period without a report (or the current one, when that is reported or the project just began).
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class ProgressReportService {

    static final String WHAT = "Progress report";
    static final int AWAITING_LIMIT = 50;

    @Inject
    Clock clock;

    @Inject
    ReportRepository reports;

    @Inject
    ProjectPort projects;

    @Inject
    ReportFigureSource figures;

    @Inject
    ReportDocument documents;

    @Resource
    SessionContext caller;

    public List<ReportSummary> history(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return reports.history(projectId);
    }

    public ReportDocumentView get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return reports.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    /** The report as a steering-group PDF in the language of {@code locale} (Dutch or English). */
    public byte[] pdf(@NotNull UUID projectId, @NotNull UUID id, @NotNull Locale locale) {
        return documents.render(get(projectId, id), reports.history(projectId), locale);
    }

    public ScheduleSummary schedule(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return reports.schedule(projectId).map(ProgressReportService::summary)
                .orElse(new ScheduleSummary(projectId, ReportSchedule.DEFAULT, -1));
    }

    /** Sets how often the project reports. Without {@code expectedVersion} it only sets a first cadence (412 when one is stored). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ScheduleSummary changeSchedule(@NotNull UUID projectId, Long expectedVersion, @NotNull ReportCadence cadence) {
        projects.requireOpen(projectId);
        Optional<ReportSchedule> stored = reports.schedule(projectId);
        stored.ifPresent(s -> StaleVersionException.require("Report schedule", s.id(), expectedVersion == null ? -1 : expectedVersion, s.version()));
        ReportSchedule schedule = stored.orElseGet(() -> ReportSchedule.of(projectId, cadence));
        schedule.change(cadence);
        if (stored.isEmpty()) {
            reports.addSchedule(schedule);
        }
        reports.flush();
        return summary(schedule);
    }

    /** Makes the draft of the next period to report on, its figures taken from the registers now. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ReportDocumentView draftNext(@NotNull UUID projectId) {
        OpenProject project = projects.requireOpen(projectId);
        requireNoOpenReport(projectId);
        LocalDate today = LocalDate.now(clock);
        ReportCadence cadence = schedule(projectId).cadence();
        ReportingPeriod current = cadence.periodOf(today, project.startDate());
        ReportingPeriod ended = cadence.periodOf(current.startDate().minusDays(1), project.startDate());
        Optional<LocalDate> lastEnd = reports.lastPeriodEnd(projectId);
        if (lastEnd.isPresent() && !lastEnd.get().isBefore(current.endDate())) {
            throw new RuleViolationException("period", "reports.error.notBegun", "Reported up to " + lastEnd.get() + " already", lastEnd.get());
        }
        boolean endedUnreported = lastEnd.map(end -> end.isBefore(ended.endDate())).orElse(true) && !ended.endDate().isBefore(project.startDate());
        ReportingPeriod period = endedUnreported ? ended : current;
        ReportFigureSource.Gathered gathered = figures.gather(projectId, period, cadence.after(period, project.startDate()), today);
        ProgressReport report = ProgressReport.draft(projectId, period, me(), gathered.figures(), gathered.mentions());
        reports.add(report);
        return stored(report);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ReportDocumentView edit(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid ReportContent content) {
        ProgressReport report = reports.get(projectId, id, expectedVersion);
        report.edit(content);
        return stored(report);
    }

    /** Takes the draft's figures from the registers again, as they stand today. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ReportDocumentView refreshFigures(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        ProgressReport report = reports.get(projectId, id, expectedVersion);
        ReportingPeriod period = report.period();
        LocalDate start = projects.period(projectId).startDate();
        ReportCadence cadence = schedule(projectId).cadence();
        ReportFigureSource.Gathered gathered = figures.gather(projectId, period, cadence.after(period, start), LocalDate.now(clock));
        report.refresh(gathered.figures(), gathered.mentions());
        return stored(report);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ReportDocumentView submit(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        ProgressReport report = reports.get(projectId, id, expectedVersion);
        report.submit(me(), Instant.now(clock));
        return stored(report);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PMO})
    public ReportDocumentView approve(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        ProgressReport report = reports.get(projectId, id, expectedVersion);
        report.approve(me(), Instant.now(clock));
        return stored(report);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PMO})
    public ReportDocumentView returnToAuthor(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid ReturnNote note) {
        ProgressReport report = reports.get(projectId, id, expectedVersion);
        report.returnToAuthor(me(), note.comment(), Instant.now(clock));
        return stored(report);
    }

    /** Starts a new revision of an approved report (the latest of its period) to correct it; the approved one stays as it was. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ReportDocumentView revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        ProgressReport approved = reports.get(projectId, id, expectedVersion);
        if (reports.superseded(approved)) {
            throw new RuleViolationException("revision", "reports.error.superseded", "A later revision of this period exists", approved.revision());
        }
        requireNoOpenReport(projectId);
        ProgressReport revision = approved.revise(me());
        reports.add(revision);
        return stored(revision);
    }

    /** Throws away a draft that was never handed in. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void discard(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        ProgressReport report = reports.get(projectId, id, expectedVersion);
        report.requireDiscardable();
        reports.remove(report);
        reports.flush();
    }

    /** Active projects whose last due report has not been handed in, the longest late first. */
    public List<OverdueReport> overdue() {
        LocalDate today = LocalDate.now(clock);
        List<OverdueReport> late = new ArrayList<>();
        for (ReportingState project : reports.reportingState()) {
            ReportingPeriod due = project.cadence().lastDue(today, project.startDate());
            boolean begun = !due.endDate().isBefore(project.startDate());
            if (begun && (project.lastReported() == null || project.lastReported().isBefore(due.endDate()))) {
                late.add(new OverdueReport(project.projectId(), project.projectCode(), project.projectName(), project.manager(), project.cadence(),
                        due.startDate(), due.endDate(), project.lastReported(),
                        ChronoUnit.DAYS.between(due.endDate().plusDays(ReportCadence.GRACE_DAYS), today)));
            }
        }
        late.sort((a, b) -> Long.compare(b.daysLate(), a.daysLate()));
        return late;
    }

    /** Handed-in reports across the tenant waiting for a decision, the longest waiting first. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PMO})
    public List<ReportSummary> awaitingDecision() {
        return reports.awaitingDecision(AWAITING_LIMIT);
    }

    /** Whether the signed-in person may approve or return reports (for screens that offer it). */
    public boolean mayDecide() {
        return caller.isCallerInRole(Roles.PMO) || caller.isCallerInRole(Roles.TENANT_ADMIN);
    }

    /** The signed-in person's name as reports record it (screens compare it with who handed a report in). */
    public String me() {
        return caller.getCallerPrincipal().getName();
    }

    private void requireNoOpenReport(UUID projectId) {
        reports.open(projectId).ifPresent(open -> {
            throw new RuleViolationException("period", "reports.error.openReport", "The report of " + open.period().startDate() + " is not decided yet",
                    open.period().startDate(), open.period().endDate());
        });
    }

    private ReportDocumentView stored(ProgressReport report) {
        reports.flush();
        return reports.view(report.projectId(), report.id()).orElseThrow(() -> new NotFoundException(WHAT, report.id()));
    }

    private static ScheduleSummary summary(ReportSchedule schedule) {
        return new ScheduleSummary(schedule.projectId(), schedule.cadence(), schedule.version());
    }
}
