package nl.pmohub.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.application.ReportRepository;
import nl.pmohub.reporting.application.ReportSummary;
import nl.pmohub.reporting.application.ReportingState;
import nl.pmohub.reporting.domain.ProgressReport;
import nl.pmohub.reporting.domain.ReportCadence;
import nl.pmohub.reporting.domain.ReportSchedule;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Progress reports of the current tenant. The history is one projection query (no texts, no items); a whole
 * report is the entity with its items; the overdue check is one query over the active projects.
 */
@ApplicationScoped
public class JpaReportRepository extends ProjectRecordStore<ProgressReport> implements ReportRepository {

    private static final List<ReportStatus> OPEN = List.of(ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.SUBMITTED);
    private static final String SUPERSEDED = """
            case when exists (select 1 from ProgressReport later where later.projectId = r.projectId
                and later.periodStart = r.periodStart and later.revision > r.revision) then true else false end""";
    private static final String SUMMARY = """
            select new nl.pmohub.reporting.application.ReportSummary(r.id, r.projectId, p.code, r.periodStart, r.periodEnd, r.revision, r.status,
                r.content.overall, r.content.scope, r.content.time, r.content.cost, r.content.quality, r.content.risk,
                r.figures.cpi, r.figures.spi, r.author, r.submittedAt, r.decidedBy, r.decidedAt,""" + " " + SUPERSEDED + """
            , r.version) from ProgressReport r join Project p on p.id = r.projectId""";

    /**
     * Native SQL: HQL allows neither max() of a date read straight from JDBC (Hibernate 6.6) nor a subquery with
     * ORDER BY (strict JPA compliance). Each project's latest handed-in period is one probe of the project index.
     */
    private static final String REPORTING_STATE = """
            select p.id, p.code, p.name, p.manager, p.start_date, s.cadence,
                   (select max(r.period_end) from progress_report r
                    where r.tenant_id = p.tenant_id and r.project_id = p.id and r.status in ('SUBMITTED', 'APPROVED'))
            from project p
            left join report_schedule s on s.tenant_id = p.tenant_id and s.project_id = p.id
            where p.tenant_id = current_setting('app.tenant_id', true) and p.phase = 'ACTIVE'
            order by p.code""";

    public JpaReportRepository() {
        super(ProgressReport.class, "Progress report");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        Supplier<PmoException> race = () -> new RuleViolationException("period", "reports.error.race",
                "Another report of this project was started at the same moment; reload the page");
        return Map.of("progress_report_one_open", race, "progress_report_revision", race);
    }

    @Override
    public List<ReportSummary> history(UUID projectId) {
        return em.createQuery(SUMMARY + " where r.projectId = :project order by r.periodEnd desc, r.revision desc", ReportSummary.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public Optional<ReportDocumentView> view(UUID projectId, UUID id) {
        return find(id).filter(r -> r.belongsTo(projectId)).map(r -> {
            Object[] project = em.createQuery("select p.code, p.name, p.manager from Project p where p.id = :id", Object[].class)
                    .setParameter("id", projectId).getSingleResult();
            return new ReportDocumentView(r.id(), r.projectId(), (String) project[0], (String) project[1], (String) project[2], r.period(),
                    r.revision(), r.status(), r.content(), r.figures(), r.mentions(), r.author(), r.submittedBy(), r.submittedAt(),
                    r.decidedBy(), r.decidedAt(), r.decisionComment(), superseded(r), r.version());
        });
    }

    @Override
    public Optional<ProgressReport> open(UUID projectId) {
        return em.createQuery("select r from ProgressReport r where r.projectId = :project and r.status in :open", ProgressReport.class)
                .setParameter("project", projectId).setParameter("open", OPEN).getResultStream().findFirst();
    }

    @Override
    public Optional<LocalDate> lastPeriodEnd(UUID projectId) {
        // newest first and one row, not max(): Hibernate 6.6 refuses max() of a date read straight from JDBC
        return em.createQuery("select r.periodEnd from ProgressReport r where r.projectId = :project order by r.periodEnd desc", LocalDate.class)
                .setParameter("project", projectId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean superseded(ProgressReport report) {
        return em.createQuery("""
                        select count(r) from ProgressReport r where r.projectId = :project and r.periodStart = :start and r.revision > :revision""",
                        Long.class)
                .setParameter("project", report.projectId()).setParameter("start", report.period().startDate())
                .setParameter("revision", report.revision()).getSingleResult() > 0;
    }

    @Override
    public List<ReportSummary> awaitingDecision(int limit) {
        return em.createQuery(SUMMARY + " where r.status = :submitted order by r.submittedAt", ReportSummary.class)
                .setParameter("submitted", ReportStatus.SUBMITTED).setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReportingState> reportingState() {
        List<Object[]> rows = em.createNativeQuery(REPORTING_STATE).getResultList();
        return rows.stream().map(row -> new ReportingState((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                SqlValues.localDate(row[4]), row[5] == null ? ReportSchedule.DEFAULT : ReportCadence.valueOf((String) row[5]),
                row[6] == null ? null : SqlValues.localDate(row[6]))).toList();
    }

    @Override
    public Optional<ReportSchedule> schedule(UUID projectId) {
        return em.createQuery("select s from ReportSchedule s where s.projectId = :project", ReportSchedule.class)
                .setParameter("project", projectId).getResultStream().findFirst();
    }

    @Override
    public void addSchedule(ReportSchedule schedule) {
        em.persist(schedule);
    }
}
