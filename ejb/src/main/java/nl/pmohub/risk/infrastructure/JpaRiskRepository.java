package nl.pmohub.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.reporting.application.OpenRisks.RiskCount;
import nl.pmohub.risk.application.HeatCell;
import nl.pmohub.risk.application.RiskRepository;
import nl.pmohub.risk.application.RiskSnapshot;
import nl.pmohub.risk.application.RiskSummary;
import nl.pmohub.risk.domain.Risk;
import nl.pmohub.risk.domain.RiskAction;
import nl.pmohub.risk.domain.RiskChange;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Risks of the current tenant (row-level security and {@code @TenantId}): lists are the entity with its project's
 * code, counted and ordered by PostgreSQL on the score columns (partial indexes of open risks, V19).
 */
@ApplicationScoped
public class JpaRiskRepository extends ProjectRecordStore<Risk> implements RiskRepository {

    private static final String WITH_CODE = "select r, p.code from Risk r join Project p on p.id = r.projectId";

    /** Each risk as its last change before {@code :at} left it; the tenant spelled out for the planner. */
    private static final String AS_OF = """
            select * from (
                select distinct on (c.risk_id) c.risk_id, c.changed_at, c.changed_by, c.what, c.title, c.probability, c.impact, c.score, c.status, c.owner
                from risk_change c
                where c.tenant_id = current_setting('app.tenant_id', true) and c.project_id = :project and c.changed_at < :at
                order by c.risk_id, c.changed_at desc) last
            order by last.score desc, last.title""";

    public JpaRiskRepository() {
        super(Risk.class, "Risk");
    }

    @Override
    public List<RiskSummary> ofProject(UUID projectId, Integer probability, Integer impact, boolean withClosed) {
        String cell = probability == null || impact == null ? "" : " and r.probability = :probability and r.impact = :impact";
        var query = em.createQuery(WITH_CODE + " where r.projectId = :project" + (withClosed && cell.isEmpty() ? "" : " and r.status = :open") + cell
                        + " order by r.score desc, r.title", Object[].class)
                .setParameter("project", projectId);
        if (!withClosed || !cell.isEmpty()) {
            query.setParameter("open", RiskStatus.OPEN);
        }
        if (!cell.isEmpty()) {
            query.setParameter("probability", probability).setParameter("impact", impact);
        }
        return summaries(query.getResultList());
    }

    @Override
    public Optional<RiskSummary> view(UUID projectId, UUID id) {
        return summaries(em.createQuery(WITH_CODE + " where r.projectId = :project and r.id = :id", Object[].class)
                .setParameter("project", projectId).setParameter("id", id).getResultList()).stream().findFirst();
    }

    @Override
    public List<HeatCell> heatMap(UUID projectId) {
        var query = em.createQuery("select new nl.pmohub.risk.application.HeatCell(r.probability, r.impact, count(r)) from Risk r where r.status = :open"
                + (projectId == null ? "" : " and r.projectId = :project") + " group by r.probability, r.impact", HeatCell.class)
                .setParameter("open", RiskStatus.OPEN);
        if (projectId != null) {
            query.setParameter("project", projectId);
        }
        return query.getResultList();
    }

    @Override
    public List<RiskSummary> top(int limit) {
        return summaries(em.createQuery(WITH_CODE + " where r.status = :open order by r.score desc, r.nextReview, r.id", Object[].class)
                .setParameter("open", RiskStatus.OPEN).setMaxResults(limit).getResultList());
    }

    @Override
    public List<RiskSummary> reviewsOverdue(LocalDate today, int limit) {
        return summaries(em.createQuery(WITH_CODE + " where r.status = :open and r.nextReview < :today order by r.nextReview, r.score desc", Object[].class)
                .setParameter("open", RiskStatus.OPEN).setParameter("today", today).setMaxResults(limit).getResultList());
    }

    @Override
    public long countReviewsOverdue(LocalDate today) {
        return em.createQuery("select count(r) from Risk r where r.status = :open and r.nextReview < :today", Long.class)
                .setParameter("open", RiskStatus.OPEN).setParameter("today", today).getSingleResult();
    }

    @Override
    public RiskCount bands(UUID projectId) {
        Object[] row = em.createQuery("""
                        select coalesce(sum(case when r.score >= :high then 1 else 0 end), 0),
                               coalesce(sum(case when r.score >= :medium and r.score < :high then 1 else 0 end), 0),
                               coalesce(sum(case when r.score < :medium then 1 else 0 end), 0)
                        from Risk r where r.projectId = :project and r.status = :open""", Object[].class)
                .setParameter("high", Risk.HIGH).setParameter("medium", Risk.MEDIUM).setParameter("project", projectId)
                .setParameter("open", RiskStatus.OPEN).getSingleResult();
        return new RiskCount(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
    }

    @Override
    public void addChange(RiskChange change) {
        em.persist(change);
    }

    @Override
    public void addAction(RiskAction action) {
        em.persist(action);
    }

    @Override
    public List<RiskAction> actions(UUID projectId, UUID riskId) {
        return em.createQuery("select a from RiskAction a where a.projectId = :project and a.riskId = :risk order by a.dueDate, a.description",
                RiskAction.class).setParameter("project", projectId).setParameter("risk", riskId).getResultList();
    }

    @Override
    public Optional<RiskAction> action(UUID projectId, UUID riskId, UUID actionId) {
        return Optional.ofNullable(em.find(RiskAction.class, actionId)).filter(a -> a.belongsTo(projectId) && a.riskId().equals(riskId));
    }

    @Override
    public List<RiskSnapshot> history(UUID projectId, UUID riskId) {
        return em.createQuery("""
                        select new nl.pmohub.risk.application.RiskSnapshot(c.riskId, c.changedAt, c.changedBy, c.what, c.title, c.probability, c.impact,
                            c.score, c.status, c.owner)
                        from RiskChange c where c.projectId = :project and c.riskId = :risk order by c.changedAt""", RiskSnapshot.class)
                .setParameter("project", projectId).setParameter("risk", riskId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RiskSnapshot> asOf(UUID projectId, Instant at) {
        List<Object[]> rows = em.createNativeQuery(AS_OF).setParameter("project", projectId).setParameter("at", at).getResultList();
        return rows.stream().map(r -> new RiskSnapshot((UUID) r[0], instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), RiskStatus.valueOf((String) r[8]), (String) r[9]))
                .toList();
    }

    private static List<RiskSummary> summaries(List<Object[]> rows) {
        return rows.stream().map(row -> {
            Risk risk = (Risk) row[0];
            return new RiskSummary(risk.id(), risk.projectId(), (String) row[1], risk.details(), risk.version());
        }).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
