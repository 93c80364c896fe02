package nl.pmohub.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import nl.pmohub.meeting.application.KnowledgeHit;
import nl.pmohub.meeting.application.KnowledgeRepository;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant-wide search over decisions and lessons in PostgreSQL: the query is read with {@code websearch_to_tsquery}
 * in Dutch and in English and the two are OR-ed, so a word form of either language matches the stored vector (which
 * holds both stemmings, V23) through its GIN index. Hits are ranked with {@code ts_rank}, paged with LIMIT/OFFSET and
 * counted with a window count on the same rows (one query per page). Row-level security keeps it to the tenant; the
 * tenant is spelled out as well, for the planner.
 */
@ApplicationScoped
public class JpaKnowledgeRepository implements KnowledgeRepository {

    private static final String TENANT = "current_setting('app.tenant_id', true)";

    /**
     * The query in both languages, written out where it is used rather than joined from a CTE, so each scan gets it as a
     * value and PostgreSQL can hand it to the GIN index (through row-level security too: config/db/setup.sql marks the
     * match operator's function leakproof).
     */
    private static final String QUERY = "(websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q))";

    private static final String MATCHES = """
            select hit.kind, hit.id, hit.project_id, p.code, hit.title, hit.body, hit.day, hit.rank, count(*) over () as total
            from (select 'DECISION' as kind, d.id, d.project_id, d.decision as title, d.rationale as body, d.decided_on as day,
                         ts_rank(d.search, %2$s) as rank
                  from decision d where d.tenant_id = %1$s and d.search @@ %2$s
                  union all
                  select 'LESSON', l.id, l.project_id, l.what_happened, l.what_we_learned, l.recorded_on, ts_rank(l.search, %2$s)
                  from lesson l where l.tenant_id = %1$s and l.search @@ %2$s) hit
            join project p on p.tenant_id = %1$s and p.id = hit.project_id
            order by hit.rank desc, hit.day desc, hit.id
            limit :size offset :offset""".formatted(TENANT, QUERY);

    private static final String LATEST = """
            select hit.kind, hit.id, hit.project_id, p.code, hit.title, hit.body, hit.day, 0.0 as rank, count(*) over () as total
            from (select 'DECISION' as kind, d.id, d.project_id, d.decision as title, d.rationale as body, d.decided_on as day
                  from decision d where d.tenant_id = %1$s
                  union all
                  select 'LESSON', l.id, l.project_id, l.what_happened, l.what_we_learned, l.recorded_on
                  from lesson l where l.tenant_id = %1$s) hit
            join project p on p.tenant_id = %1$s and p.id = hit.project_id
            order by hit.day desc, hit.id
            limit :size offset :offset""".formatted(TENANT);

    private static final String COUNT_MATCHES = """
            select (select count(*) from decision d where d.tenant_id = %1$s and d.search @@ %2$s)
                 + (select count(*) from lesson l where l.tenant_id = %1$s and l.search @@ %2$s)""".formatted(TENANT, QUERY);

    private static final String COUNT_ALL = """
            select (select count(*) from decision where tenant_id = %1$s) + (select count(*) from lesson where tenant_id = %1$s)"""
            .formatted(TENANT);

    @PersistenceContext
    EntityManager em;

    @Override
    public Page<KnowledgeHit> search(Optional<String> query, PageRequest page) {
        Query rows = em.createNativeQuery(query.isPresent() ? MATCHES : LATEST).setParameter("size", page.size()).setParameter("offset", page.offset());
        query.ifPresent(q -> rows.setParameter("q", q));
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<KnowledgeHit> hits = result.stream().map(JpaKnowledgeRepository::hit).toList();
        long total = result.isEmpty() ? (page.page() == 0 ? 0 : count(query)) : ((Number) result.get(0)[8]).longValue();
        return new Page<>(hits, page.page(), page.size(), total);
    }

    private long count(Optional<String> query) {
        Query count = em.createNativeQuery(query.isPresent() ? COUNT_MATCHES : COUNT_ALL);
        query.ifPresent(q -> count.setParameter("q", q));
        return ((Number) count.getSingleResult()).longValue();
    }

    private static KnowledgeHit hit(Object[] row) {
        return new KnowledgeHit(KnowledgeHit.Kind.valueOf((String) row[0]), (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                (String) row[5], SqlValues.localDate(row[6]), ((Number) row[7]).doubleValue());
    }
}
