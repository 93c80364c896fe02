package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.marketplace.application.Candidate;
import nl.pmohub.marketplace.application.CandidateSearch;
import nl.pmohub.marketplace.application.ScoreParts;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ranking in one PostgreSQL query, driven by the listing itself (everything a request asks is on
 * {@code request_listing}): the vetted professionals are read from one covering index (an index-only scan of
 * {@code professional_skillN_match_ix}, the partial index of one skill the request requires), on site only within the
 * box around the request's farthest distance (latitude the index's key, longitude a filter on it); then
 * {@code listing_fits(professional, request_listing)} decides who fits (level, start, rate, required skills at their
 * depth, distance within both radii) and {@code candidate_total} orders them. Only the best are then scored part by
 * part, with the same functions (integers in tenths of a point, V30), and kept; names and places are joined when the
 * shortlist is read. Without parallel workers: they cost more to start than the scan takes.
 * <p>
 * The best are kept per listing ({@code listing_candidate}, ADR 0008) with the generation of the professionals
 * they were ranked at. A change to a professional who is on the shortlist, or who fits the request after the change
 * and scores at least its last kept total ({@code kept_floor}), makes it stale (a trigger, V27 and V28, with the
 * same two functions), and the next look ranks it again first.
 */
@ApplicationScoped
public class SqlCandidateSearch implements CandidateSearch {

    /**
     * The ranking of listing {@code :listing} as a common table expression {@code best} (id, rate, total); public for
     * the matching benchmark, which prints its plan. {@code {indexedSkill}} is a literal bit (a parameter would not
     * prove the partial index's predicate), {@code {box}} is {@link #BOX} on site and nothing for remote work.
     */
    public static final String RANKING = """
            with best as (
                select p.id, p.hourly_rate, candidate_total(p, l) as total
                from request_listing l
                join professional p on p.vetting = 'VETTED' and p.skills_any & {indexedSkill} <> 0 {box}
                                   and listing_fits(p, l)
                where l.id = :listing
                order by total desc, p.hourly_rate, p.id
                limit :limit
            )""";

    /** The box around the circle of the request's farthest distance (a degree of latitude is 111.2 km: the box is a little wider). */
    public static final String BOX = """
            and p.latitude between l.latitude - l.max_distance_km / 111.0 and l.latitude + l.max_distance_km / 111.0
                                   and p.longitude between l.longitude - l.max_distance_km / (111.0 * cos(radians(l.latitude)))
                                                       and l.longitude + l.max_distance_km / (111.0 * cos(radians(l.latitude)))""";

    /**
     * Ranks; keeps the best in the order they rank, with the score's parts in points (the functions give tenths); and
     * records on the listing the generation and the floor (the lowest kept total in tenths, when the shortlist is full).
     */
    private static final String STORE = RANKING + """
            ,
            kept as (
                insert into listing_candidate (listing_id, position, professional_id, km, absent_days, skills_score, level_score, availability_score,
                                               distance_score, rate_score, rating_score, total)
                select l.id, row_number() over (order by b.total desc, b.hourly_rate, b.id), p.id,
                       case when l.remote then null else round(cast(km_between(l.latitude, l.longitude, p.latitude, p.longitude) as numeric), 1) end,
                       absent_days(p, l),
                       skills_score(p, l) / 10.0, level_score(p, l) / 10.0, availability_score(p, l) / 10.0, distance_score(p, l) / 10.0,
                       rate_score(p, l) / 10.0, rating_score(p) / 10.0,
                       b.total / 10.0
                from best b
                join professional p on p.id = b.id
                join request_listing l on l.id = :listing
                returning total
            )
            update request_listing set ranked_generation = :generation,
                                       kept_floor = (select min(k.total) * 10 from kept k having count(*) >= :limit)
            where id = :listing""";

    /**
     * Whether listing {@code l}'s kept ranking is current: ranked at or after the last change to a professional that
     * could move it and the last change that moved everything (V27); public for the matching benchmark.
     */
    public static final String CURRENT_RANKING = """
            coalesce(l.ranked_generation >= greatest((select g.stale_from from professional_generation g),
                                                     (select s.generation from listing_stale s where s.listing_id = l.id)), false)""";

    /**
     * The current tenant's request (row-level security: another tenant's reads nothing) with whether it is open, whether
     * its kept ranking is current and the skills it asks, then the kept candidates with the professionals' facts as
     * they are now (a change to them would have made the ranking stale) and their answers (one row of nulls when
     * nobody fits). One query, the path every look at a shortlist takes: small joins and a literal limit, so that
     * PostgreSQL keeps one generic plan for it instead of planning each time (planning cost more than running it).
     */
    private static final String READ = """
            with head as materialized (
                select r.status = 'OPEN' as open, {current} as current,
                       (select string_agg(s.skill, ',' order by s.required desc, s.skill) from request_skill s where s.request_id = r.id) as asked
                from marketplace_request r
                left join request_listing l on l.id = r.id
                where r.id = :request
            )
            select k.*, h.open, h.current, h.asked
            from head h
            left join lateral (
                select c.professional_id, p.name, p.level, pl.name as place, pl.province, c.km, p.hourly_rate, p.available_from, p.hours_per_week,
                       case when p.rating_count = 0 then null else round(p.rating_sum::numeric / p.rating_count, 1) end as rating,
                       p.rating_count, p.skills_any, p.skills_experienced, p.skills_expert,
                       c.skills_score, c.level_score, c.availability_score, c.distance_score, c.rate_score, c.rating_score, c.total,
                       (select a.interested from listing_answer a where a.listing_id = c.listing_id and a.professional_id = c.professional_id),
                       c.absent_days
                from listing_candidate c
                join professional p on p.id = c.professional_id
                left join place pl on pl.id = p.home_place_id
                where c.listing_id = :request
                order by c.position
                limit {limit}
            ) k on true""".replace("{current}", CURRENT_RANKING);

    /** Columns of {@link #READ} after the candidate's: whether the request is open, the ranking current, and the skills asked. */
    private static final int OPEN = 23;
    private static final int CURRENT = 24;
    private static final int ASKED = 25;

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<KeptShortlist> kept(UUID request, int limit) {
        List<Object[]> rows = em.createNativeQuery(READ.replace("{limit}", Integer.toString(limit))).setParameter("request", request)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        List<Skill> asked = first[ASKED] == null ? List.of() : Arrays.stream(((String) first[ASKED]).split(",")).map(Skill::valueOf).toList();
        return Optional.of(new KeptShortlist((Boolean) first[OPEN], (Boolean) first[CURRENT],
                rows.stream().filter(row -> row[0] != null).map(row -> candidate(row, asked)).toList()));
    }

    @Override
    public void rank(UUID listing, int limit) {
        rank(listing, limit, true);
    }

    @Override
    public void rankAgain(UUID listing, int limit) {
        rank(listing, limit, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> staleListings(int max) {
        return em.createNativeQuery("select l.id from request_listing l where l.open and not {current} order by l.submitted_at desc limit :max"
                .replace("{current}", CURRENT_RANKING), UUID.class).setParameter("max", max).getResultList();
    }

    /**
     * Ranks the listed request and keeps the best, under the listing's row lock: of two readers that find it stale,
     * the second waits and then finds it ranked. The professionals' generation is taken FOR SHARE in the same
     * statement: a profile change in flight is seen by this ranking, or waits and then judges what it kept (ADR 0008).
     * The same statement sets, for this transaction only: no parallel workers (they cost more to start than the scan
     * takes), the generic plan (nothing in the ranking's plan depends on the values, so a connection plans each text
     * once), and, unless {@code durable}, a commit that does not wait for the disk.
     */
    private void rank(UUID listing, int limit, boolean durable) {
        Object[] head = (Object[]) em.createNativeQuery("""
                select {current}, l.remote, l.required_all, g.value,
                       set_config('max_parallel_workers_per_gather', '0', true), set_config('plan_cache_mode', 'force_generic_plan', true),
                       case when not :durable then set_config('synchronous_commit', 'off', true) end
                from request_listing l cross join professional_generation g
                where l.id = :listing
                for update of l for share of g""".replace("{current}", CURRENT_RANKING)).setParameter("listing", listing)
                .setParameter("durable", durable).getSingleResult();
        if ((Boolean) head[0]) {
            return;
        }
        boolean remote = (Boolean) head[1];
        int indexedSkill = Integer.lowestOneBit(((Number) head[2]).intValue());   // every listing requires a skill
        em.createNativeQuery("delete from listing_candidate where listing_id = :listing").setParameter("listing", listing).executeUpdate();
        em.createNativeQuery(STORE.replace("{indexedSkill}", Integer.toString(indexedSkill)).replace("{box}", remote ? "" : BOX))
                .setParameter("listing", listing)
                .setParameter("limit", limit)
                .setParameter("generation", ((Number) head[3]).longValue())
                .executeUpdate();
    }

    private static Candidate candidate(Object[] r, List<Skill> asked) {
        int any = ((Number) r[11]).intValue();
        int experienced = ((Number) r[12]).intValue();
        int expert = ((Number) r[13]).intValue();
        String skills = asked.stream().filter(s -> (any & s.bit()) != 0)
                .map(s -> s.name() + ":" + ((expert & s.bit()) != 0 ? 3 : (experienced & s.bit()) != 0 ? 2 : 1)).collect(Collectors.joining(","));
        ScoreParts score = new ScoreParts(decimal(r[14]), decimal(r[15]), decimal(r[16]), decimal(r[17]), decimal(r[18]), decimal(r[19]), decimal(r[20]));
        return new Candidate((UUID) r[0], (String) r[1], PmoLevel.valueOf((String) r[2]), (String) r[3], (String) r[4], decimal(r[5]),
                decimal(r[6]), SqlValues.localDate(r[7]), ((Number) r[8]).intValue(), ((Number) r[22]).intValue(), decimal(r[9]), ((Number) r[10]).intValue(), skills, score,
                (Boolean) r[21]);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
