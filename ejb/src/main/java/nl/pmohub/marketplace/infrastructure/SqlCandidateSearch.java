package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.marketplace.application.Candidate;
import nl.pmohub.marketplace.application.CandidateSearch;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.application.ScoreParts;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.marketplace.domain.SkillNeed;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The ranking in one PostgreSQL query that reads the vetted professionals from one covering index (an index-only
 * scan of {@code professional_skillN_match_ix}, the partial index of a skill the request requires — the deepest
 * asked): a band of latitude around the request's place (the box
 * around the farthest distance), then the level asked or one above, available by two weeks after the start,
 * the rate within the maximum, every required skill at its least depth (bit sets per depth, compared with
 * {@code &}), the exact great-circle distance (earthdistance) within the request's distance and the
 * professional's own travel radius (the database function {@code listing_fits} is the same test row by row).
 * Scores what is left (see {@link ScoreParts}), keeps the best, and only then reads their names and places.
 * Without parallel workers: they cost more to start than the scan takes.
 * <p>
 * The best are kept per listing ({@code listing_candidate}, ADR 0008) with the generation of the professionals
 * they were ranked at. A change to a professional who is on the shortlist, or who fits the request after the change
 * and scores at least its last kept total ({@code kept_floor}), makes it stale (a trigger, V27 and V28), and the next
 * look ranks it again first. The score's parts are database functions (V28) shared with that trigger.
 */
@ApplicationScoped
public class SqlCandidateSearch implements CandidateSearch {

    /** How long after the requested start a professional may still become available (also in {@code listing_fits}, V27, and {@code candidate_total}, V28). */
    static final int START_SLACK_DAYS = 14;
    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    /** The ranking, as common table expressions ending in {@code best}; public for the matching benchmark, which prints its plan. */
    public static final String RANKING = """
            with fit as (
                select p.id, p.level, p.hourly_rate, p.available_from, p.hours_per_week, p.travel_radius_km, p.rating_sum, p.rating_count,
                       p.skills_any, p.skills_experienced, p.skills_expert,
                       case when :remote then null
                            else earth_distance(ll_to_earth(p.latitude, p.longitude), ll_to_earth(:lat, :lon)) / 1000 end as km
                from professional p
                where p.vetting = 'VETTED' and p.skills_any & {indexedSkill} <> 0
                  and (:remote or (p.latitude between :latMin and :latMax and p.longitude between :lonMin and :lonMax and not p.remote_only))
                  and p.level in (:level, :levelAbove) and p.available_from <= :latestStart and p.hourly_rate <= :maxRate
                  and p.skills_any & :need1 = :need1 and p.skills_experienced & :need2 = :need2 and p.skills_expert & :need3 = :need3
            ),
            held as (
                select f.* from fit f where :remote or f.km <= least(:maxKm, f.travel_radius_km)
            ),
            scored as (
                select h.id, h.level, h.hourly_rate, h.available_from, h.hours_per_week, h.rating_sum, h.rating_count, h.km,
                       h.skills_any, h.skills_experienced, h.skills_expert,
                       skills_score(h.skills_any, h.skills_experienced, h.skills_expert, :required, :niceAny, :niceExperienced, :niceExpert)
                           as skills_score,
                       level_score(h.level, :level) as level_score,
                       availability_score(h.hours_per_week, h.available_from, :hours, :start, :slack) as availability_score,
                       distance_score(h.km, :maxKm, h.travel_radius_km, :remote) as distance_score,
                       rate_score(h.hourly_rate, :maxRate) as rate_score,
                       rating_score(h.rating_sum, h.rating_count) as rating_score
                from held h
            ),
            best as (
                select s.*, s.skills_score + s.level_score + s.availability_score + s.distance_score + s.rate_score + s.rating_score as total
                from scored s
                order by total desc, s.hourly_rate, s.id
                limit :limit
            )
            """;

    /** Ranks and keeps the best in the order they rank. */
    private static final String STORE = RANKING + """
            insert into listing_candidate (listing_id, position, professional_id, km, skills_score, level_score, availability_score,
                                           distance_score, rate_score, rating_score, total)
            select :listing, row_number() over (order by b.total desc, b.hourly_rate, b.id), b.id, round(cast(b.km as numeric), 1),
                   b.skills_score, b.level_score, b.availability_score, b.distance_score, b.rate_score, b.rating_score, b.total
            from best b""";

    /**
     * Whether listing {@code l}'s kept ranking is current: ranked at or after the last change to a professional that
     * could move it and the last change that moved everything (V27).
     */
    private static final String CURRENT_RANKING = """
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
                       (select a.interested from listing_answer a where a.listing_id = c.listing_id and a.professional_id = c.professional_id)
                from listing_candidate c
                join professional p on p.id = c.professional_id
                left join place pl on pl.id = p.home_place_id
                where c.listing_id = :request
                order by c.position
                limit {limit}
            ) k on true""".replace("{current}", CURRENT_RANKING);

    /** Columns of {@link #READ} after the candidate's: whether the request is open, the ranking current, and the skills asked. */
    private static final int OPEN = 22;
    private static final int CURRENT = 23;
    private static final int ASKED = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    Places places;

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

    /**
     * Ranks the listing's request and keeps the best, under the listing's row lock: of two readers that find it
     * stale, the second waits and then finds it ranked. The generation is read before the ranking, so the ranking
     * sees at least the professionals of that generation (at worst it is ranked once more later, never kept stale).
     */
    @Override
    public void rank(UUID listing, RequestDetails request, int limit) {
        boolean current = (Boolean) em.createNativeQuery("select " + CURRENT_RANKING + " from request_listing l where l.id = :listing for update of l")
                .setParameter("listing", listing).getSingleResult();
        if (current) {
            return;
        }
        // shared with other rankings, not with a profile change in flight: this ranking sees it, or its trigger sees what is kept here
        long generation = ((Number) em.createNativeQuery("select value from professional_generation for share").getSingleResult()).longValue();
        List<SkillNeed> needs = request.skills();
        Optional<Place> place = request.remote() || request.placeId() == null ? Optional.empty() : places.find(request.placeId());
        boolean remote = place.isEmpty();
        int maxKm = remote ? 0 : request.maxDistanceKm();
        double lat = place.map(Place::latitude).orElse(0.0);
        double lon = place.map(Place::longitude).orElse(0.0);
        double latDelta = maxKm / KM_PER_DEGREE_LATITUDE;
        double lonDelta = maxKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(lat)));
        // the index-only scan takes a few milliseconds; starting parallel workers would take longer than it (for this transaction only)
        em.createNativeQuery("select set_config('max_parallel_workers_per_gather', '0', true)").getSingleResult();
        // a literal, so the planner can use the partial index of that skill (a parameter would not prove its predicate)
        int indexedSkill = needs.stream().filter(SkillNeed::required).max(Comparator.comparing(SkillNeed::minDepth)).orElseThrow().skill().bit();
        em.createNativeQuery("delete from listing_candidate where listing_id = :listing").setParameter("listing", listing).executeUpdate();
        em.createNativeQuery(STORE.replace("{indexedSkill}", Integer.toString(indexedSkill)))
                .setParameter("listing", listing)
                .setParameter("need1", bits(needs, n -> n.required() && n.minDepth() == SkillDepth.BASIC))
                .setParameter("need2", bits(needs, n -> n.required() && n.minDepth() == SkillDepth.EXPERIENCED))
                .setParameter("need3", bits(needs, n -> n.required() && n.minDepth() == SkillDepth.EXPERT))
                .setParameter("required", bits(needs, SkillNeed::required))
                .setParameter("niceAny", bits(needs, n -> !n.required() && n.minDepth() == SkillDepth.BASIC))
                .setParameter("niceExperienced", bits(needs, n -> !n.required() && n.minDepth() == SkillDepth.EXPERIENCED))
                .setParameter("niceExpert", bits(needs, n -> !n.required() && n.minDepth() == SkillDepth.EXPERT))
                .setParameter("remote", remote)
                .setParameter("lat", lat)
                .setParameter("lon", lon)
                .setParameter("latMin", lat - latDelta)
                .setParameter("latMax", lat + latDelta)
                .setParameter("lonMin", lon - lonDelta)
                .setParameter("lonMax", lon + lonDelta)
                .setParameter("maxKm", maxKm)
                .setParameter("level", request.level().name())
                .setParameter("levelAbove", above(request.level()).name())
                .setParameter("start", request.startDate())
                .setParameter("latestStart", request.startDate().plusDays(START_SLACK_DAYS))
                .setParameter("slack", START_SLACK_DAYS)
                .setParameter("hours", request.hoursPerWeek())
                .setParameter("maxRate", request.maxRate())
                .setParameter("limit", limit)
                .executeUpdate();
        em.createNativeQuery("""
                update request_listing set ranked_generation = :generation,
                    kept_floor = (select min(c.total) from listing_candidate c where c.listing_id = :listing having count(*) >= :limit)
                where id = :listing""").setParameter("generation", generation).setParameter("listing", listing).setParameter("limit", limit)
                .executeUpdate();
    }

    private static int bits(List<SkillNeed> needs, Predicate<SkillNeed> which) {
        return Skill.bits(needs.stream().filter(which).map(SkillNeed::skill).toList());
    }

    private static PmoLevel above(PmoLevel level) {
        return level == PmoLevel.STRATEGIC ? level : PmoLevel.values()[level.ordinal() + 1];
    }

    private static Candidate candidate(Object[] r, List<Skill> asked) {
        int any = ((Number) r[11]).intValue();
        int experienced = ((Number) r[12]).intValue();
        int expert = ((Number) r[13]).intValue();
        String skills = asked.stream().filter(s -> (any & s.bit()) != 0)
                .map(s -> s.name() + ":" + ((expert & s.bit()) != 0 ? 3 : (experienced & s.bit()) != 0 ? 2 : 1)).collect(Collectors.joining(","));
        ScoreParts score = new ScoreParts(decimal(r[14]), decimal(r[15]), decimal(r[16]), decimal(r[17]), decimal(r[18]), decimal(r[19]), decimal(r[20]));
        return new Candidate((UUID) r[0], (String) r[1], PmoLevel.valueOf((String) r[2]), (String) r[3], (String) r[4], decimal(r[5]),
                decimal(r[6]), SqlValues.localDate(r[7]), ((Number) r[8]).intValue(), decimal(r[9]), ((Number) r[10]).intValue(), skills, score,
                (Boolean) r[21]);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
