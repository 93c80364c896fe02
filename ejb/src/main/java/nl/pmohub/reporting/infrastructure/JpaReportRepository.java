package nl.pmohub.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.application.ReportRepository;
import nl.pmohub.reporting.application.ReportSummary;
import nl.pmohub.reporting.domain.ProgressReport;
import nl.pmohub.reporting.domain.ReportSchedule;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Progress reports of the current tenant. The history is one projection query (no texts, no items); a whole
 * report is the entity with its items; the overdue check is one grouped query over the active projects.
 */
@ApplicationScoped
public class JpaReportRepository extends ProjectRecordStore<ProgressReport> implements ReportRepository {

    private static final List<ReportStatus> OPEN = List.of(ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.SUBMITTED);
    private static final List<ReportStatus> HANDED_IN = List.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED);
    private static final String SUPERSEDED = """
            exists (select 1 from ProgressReport later where later.projectId = r.projectId
                and later.periodStart = r.periodStart and later.revision > r.revision)""";
    private static final String SUMMARY = """
            select new nl.pmohub.reporting.application.ReportSummary(r.id, r.projectId, r.periodStart, r.periodEnd, r.revision, r.status,
                r.overall, r.scope, r.time, r.cost, r.quality, r.risk, r.figures.cpi, r.figures.spi, r.author, r.submittedAt,
                r.decidedBy, r.decidedAt,""" + " " + SUPERSEDED + """
            , r.version) from ProgressReport r""";

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
        return Optional.ofNullable(em.createQuery("select max(r.periodEnd) from ProgressReport r where r.projectId = :project", LocalDate.class)
                .setParameter("project", projectId).getSingleResult());
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
    public List<Object[]> reportingState() {
        return em.createQuery("""
                        select p.id, p.code, p.name, p.manager, p.startDate, s.cadence, max(r.periodEnd)
                        from Project p
                        left join ReportSchedule s on s.projectId = p.id
                        left join ProgressReport r on r.projectId = p.id and r.status in :handedIn
                        where p.phase = :active
                        group by p.id, p.code, p.name, p.manager, p.startDate, s.cadence
                        order by p.code""", Object[].class)
                .setParameter("handedIn", HANDED_IN).setParameter("active", ProjectPhase.ACTIVE).getResultList();
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
