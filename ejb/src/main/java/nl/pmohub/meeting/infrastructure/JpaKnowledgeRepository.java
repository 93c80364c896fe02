package nl.pmohub.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import nl.pmohub.meeting.application.KnowledgeHit;
import nl.pmohub.meeting.application.KnowledgeRepository;
import nl.pmohub.meeting.application.MarkedText;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant-wide search over decisions and lessons in PostgreSQL: the query is read with {@code websearch_to_tsquery}
 * in Dutch and in English and the two are OR-ed, so a word form of either language matches the stored vector (which
 * holds both stemmings, V23). A RUM index (V25, ADR 0007) hands out each kind's matches best first
 * ({@code search <=> query}, the inverse of its rank), so a common word costs the best {@value #MATCH_LIMIT} of each
 * kind rather than ranking every match; the page is taken from those, ties newest first. Row-level security keeps it
 * to the tenant; the tenant is spelled out as well, for the planner.
 */
@ApplicationScoped
public class JpaKnowledgeRepository implements KnowledgeRepository {

    private static final String TENANT = "current_setting('app.tenant_id', true)";

    /**
     * The query in both languages, written out where it is used rather than joined from a CTE, so each scan gets it as a
     * value and PostgreSQL can hand it to the index (through row-level security too: config/db/setup.sql marks the
     * match operator's function leakproof).
     */
    private static final String QUERY = "(websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q))";

    /** How ts_headline marks a match: the marks of {@link MarkedText}. */
    private static final String SELECTION = "StartSel=" + MarkedText.START + ", StopSel=" + MarkedText.STOP;

    /**
     * The texts of a page of hits ({@code top}: kind, id, project_id, day, rank), read by id once the page is
     * chosen (the ranking itself carries no texts), and the four marked versions {@code marks} makes of them.
     */
    private static String pageOf(String marks) {
        return """
                select top.kind, top.id, top.project_id, p.code, t.title, t.body, top.day, top.rank, %2$s
                from top
                join project p on p.tenant_id = %1$s and p.id = top.project_id
                left join decision d on top.kind = 'DECISION' and d.tenant_id = %1$s and d.id = top.id
                left join lesson l on top.kind = 'LESSON' and l.tenant_id = %1$s and l.id = top.id
                cross join lateral (select coalesce(d.decision, l.what_happened) as title, coalesce(d.rationale, l.what_we_learned) as body) t
                order by top.rank desc, top.day desc, top.id""".formatted(TENANT, marks);
    }

    /**
     * The title and the text marked by the query, each parsed as Dutch and as English (the query holds both word forms,
     * but a text's words are reduced by one language at a time): the whole title, the text's two best passages.
     */
    private static final String MARKS = """
            ts_headline('dutch', t.title, %1$s, '%2$s'), ts_headline('english', t.title, %1$s, '%2$s'),
            ts_headline('dutch', t.body, %1$s, '%3$s'), ts_headline('english', t.body, %1$s, '%3$s')""".formatted(QUERY,
            "HighlightAll=true, " + SELECTION, "MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=\" … \", " + SELECTION);

    /**
     * The best matches of each kind, straight from their RUM indexes in rank order, as many of each as the page reaches
     * (never past {@value #MATCH_LIMIT}), merged and cut to the page; counted apart ({@link #COUNT_MATCHES}). Each row
     * read costs its rank computed again from the stored vector, so reading only what the page needs is what makes a
     * common word cheap. The rank only in the index's order: a tie-breaker there would make the planner rank every
     * match itself.
     */
    public static final String MATCHES = """
            with best as materialized (
                (select 'DECISION' as kind, d.id, d.project_id, d.decided_on as day, d.search <=> %2$s as distance
                 from decision d where d.tenant_id = %1$s and d.search @@ %2$s
                 order by distance limit least(:size + :offset, %3$d))
                union all
                (select 'LESSON', l.id, l.project_id, l.recorded_on, l.search <=> %2$s
                 from lesson l where l.tenant_id = %1$s and l.search @@ %2$s
                 order by 5 limit least(:size + :offset, %3$d))),
            top as (
                select best.kind, best.id, best.project_id, best.day, 1 / best.distance as rank
                from best
                order by best.distance, best.day desc, best.id
                limit :size offset :offset)
            """.formatted(TENANT, QUERY, KnowledgeRepository.MATCH_LIMIT) + pageOf(MARKS);

    /** The latest of both kinds: each kind's newest from its day index, merged; counted apart ({@link #COUNT_ALL}). */
    private static final String LATEST = """
            with latest as (
                (select 'DECISION' as kind, id, project_id, decided_on as day from decision where tenant_id = %1$s
                 order by decided_on desc, id limit :size + :offset)
                union all
                (select 'LESSON', id, project_id, recorded_on from lesson where tenant_id = %1$s
                 order by recorded_on desc, id limit :size + :offset)
                order by day desc, id
                limit :size offset :offset),
            top as (select latest.*, 0.0 as rank from latest)
            """.formatted(TENANT) + pageOf("null, null, null, null");

    /**
     * How many matches {@link #MATCHES} pages through: up to {@value #MATCH_LIMIT}, the lessons counted only as far as
     * the decisions leave room (a common word: not at all). Public for the benchmark's plan.
     */
    public static final String COUNT_MATCHES = """
            with decisions as (select count(*) as n from (select from decision d where d.tenant_id = %1$s and d.search @@ %2$s limit %3$d) c)
            select decisions.n + (select count(*) from (select from lesson l where l.tenant_id = %1$s and l.search @@ %2$s
                                                       limit (select %3$d - n from decisions)) c)
            from decisions"""
            .formatted(TENANT, QUERY, KnowledgeRepository.MATCH_LIMIT);

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
        // a page that is not full and not past the end is the last: the total is known without counting
        boolean last = result.size() < page.size() && (!result.isEmpty() || page.page() == 0);
        long total = last ? Math.min(page.offset() + result.size(), query.isPresent() ? KnowledgeRepository.MATCH_LIMIT : Long.MAX_VALUE)
                : count(query);
        return new Page<>(hits, page.page(), page.size(), total);
    }

    private long count(Optional<String> query) {
        Query count = em.createNativeQuery(query.isPresent() ? COUNT_MATCHES : COUNT_ALL);
        query.ifPresent(q -> count.setParameter("q", q));
        return ((Number) count.getSingleResult()).longValue();
    }

    private static KnowledgeHit hit(Object[] row) {
        return new KnowledgeHit(KnowledgeHit.Kind.valueOf((String) row[0]), (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                (String) row[5], SqlValues.localDate(row[6]), ((Number) row[7]).doubleValue(), marked(row[8], row[9], row[4]),
                marked(row[10], row[11], row[5]));
    }

    /** Of the Dutch and the English reading, the one that marked more words; the text unmarked without a query. */
    private static MarkedText marked(Object dutch, Object english, Object text) {
        if (dutch == null && english == null) {
            return MarkedText.unmarked((String) text);
        }
        MarkedText nl = new MarkedText(dutch == null ? "" : (String) dutch);
        MarkedText en = new MarkedText(english == null ? "" : (String) english);
        return en.marks() > nl.marks() ? en : nl;
    }
}
