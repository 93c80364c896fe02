package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.marketplace.application.Candidate;
import nl.pmohub.marketplace.application.CandidateSearch;
import nl.pmohub.marketplace.application.ScoreParts;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.SkillNeed;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ranking in one PostgreSQL query. Filters first, each on an index: vetted, the level asked or one above,
 * available by two weeks after the start, rate within the maximum, within the request's distance and the
 * professional's own travel radius (an earth box on the GiST index of home coordinates, then the exact great-
 * circle distance), every required skill at its least depth. Then scores what is left (see {@link ScoreParts})
 * and keeps the best. The skills asked are passed as three parallel comma-separated lists.
 */
@ApplicationScoped
public class SqlCandidateSearch implements CandidateSearch {

    /** How long after the requested start a professional may still become available. */
    static final int START_SLACK_DAYS = 14;

    private static final String RANK = """
            with want as (
                select w.skill, w.min_depth::int as min_depth, w.required::boolean as required
                from unnest(string_to_array(:skills, ','), string_to_array(:depths, ','), string_to_array(:required, ','))
                     as w(skill, min_depth, required)
            ),
            fit as (
                select p.id, p.level, p.hourly_rate, p.available_from, p.hours_per_week, p.travel_radius_km, p.rating_sum, p.rating_count,
                       case when :remote then null
                            else earth_distance(ll_to_earth(p.latitude, p.longitude), ll_to_earth(:lat, :lon)) / 1000 end as km,
                       s.required_met, s.required_weight, s.nice_weight, s.skills
                from professional p
                cross join lateral (
                    select count(*) filter (where w.required) as required_met,
                           coalesce(sum(case ps.depth when 3 then 1.0 when 2 then 0.75 else 0.4 end) filter (where w.required), 0) as required_weight,
                           coalesce(sum(case ps.depth when 3 then 1.0 when 2 then 0.75 else 0.4 end) filter (where not w.required), 0) as nice_weight,
                           string_agg(ps.skill || ':' || ps.depth, ',' order by ps.depth desc, ps.skill) as skills
                    from professional_skill ps join want w on w.skill = ps.skill and ps.depth >= w.min_depth
                    where ps.professional_id = p.id) s
                where p.vetting = 'VETTED' and p.level in (:level, :levelAbove) and p.available_from <= :latestStart
                  and p.hourly_rate <= :maxRate
                  and (:remote or (not p.remote_only
                       and earth_box(ll_to_earth(:lat, :lon), :radiusMetres) @> ll_to_earth(p.latitude, p.longitude)))
            ),
            scored as (
                select f.*,
                       round(case when :niceCount = 0 then 40 * f.required_weight / :requiredCount
                                  else 30 * f.required_weight / :requiredCount + 10 * f.nice_weight / :niceCount end, 1) as skills_score,
                       case when f.level = :level then 10.0 else 6.0 end as level_score,
                       round(10.0 * least(f.hours_per_week, :hours) / :hours
                             + case when f.available_from <= :start then 5.0
                                    else 5.0 * (1 - (f.available_from - cast(:start as date)) / (:slack + 1.0)) end, 1) as availability_score,
                       round(case when :remote then 15.0
                                  else cast(15.0 * (1 - f.km / greatest(least(:maxKm, f.travel_radius_km), 1)) as numeric) end, 1) as distance_score,
                       round(4 + 6 * least(1.0, (:maxRate - f.hourly_rate) / (0.3 * :maxRate)), 1) as rate_score,
                       round(case when f.rating_count = 0 then 6.0
                                  else 10.0 * ((f.rating_sum + 6.0) / (f.rating_count + 2)) / 5 end, 1) as rating_score
                from fit f
                where f.required_met = :requiredCount
                  and (:remote or f.km <= least(:maxKm, f.travel_radius_km))
            )
            select s.id, p.name, s.level, pl.name as place, pl.province, round(cast(s.km as numeric), 1) as km, s.hourly_rate, s.available_from,
                   s.hours_per_week, case when s.rating_count = 0 then null else round(s.rating_sum::numeric / s.rating_count, 1) end as rating,
                   s.rating_count, s.skills, s.skills_score, s.level_score, s.availability_score, s.distance_score, s.rate_score, s.rating_score,
                   s.skills_score + s.level_score + s.availability_score + s.distance_score + s.rate_score + s.rating_score as total
            from scored s
            join professional p on p.id = s.id
            join place pl on pl.id = p.home_place_id
            order by total desc, s.hourly_rate, s.id
            limit :limit""";

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Candidate> rank(RequestDetails request, Optional<Place> place, int limit) {
        List<SkillNeed> needs = request.skills();
        boolean remote = request.remote() || place.isEmpty();
        int maxKm = remote ? 0 : request.maxDistanceKm();
        List<Object[]> rows = em.createNativeQuery(RANK)
                .setParameter("skills", needs.stream().map(n -> n.skill().name()).collect(Collectors.joining(",")))
                .setParameter("depths", needs.stream().map(n -> String.valueOf(n.minDepth().rank())).collect(Collectors.joining(",")))
                .setParameter("required", needs.stream().map(n -> String.valueOf(n.required())).collect(Collectors.joining(",")))
                .setParameter("requiredCount", needs.stream().filter(SkillNeed::required).count())
                .setParameter("niceCount", needs.stream().filter(n -> !n.required()).count())
                .setParameter("remote", remote)
                .setParameter("lat", place.map(Place::latitude).orElse(0.0))
                .setParameter("lon", place.map(Place::longitude).orElse(0.0))
                .setParameter("radiusMetres", maxKm * 1000.0)
                .setParameter("maxKm", maxKm)
                .setParameter("level", request.level().name())
                .setParameter("levelAbove", above(request.level()).name())
                .setParameter("start", request.startDate())
                .setParameter("latestStart", request.startDate().plusDays(START_SLACK_DAYS))
                .setParameter("slack", START_SLACK_DAYS)
                .setParameter("hours", request.hoursPerWeek())
                .setParameter("maxRate", request.maxRate())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(SqlCandidateSearch::candidate).toList();
    }

    private static PmoLevel above(PmoLevel level) {
        return level == PmoLevel.STRATEGIC ? level : PmoLevel.values()[level.ordinal() + 1];
    }

    private static Candidate candidate(Object[] r) {
        ScoreParts score = new ScoreParts(decimal(r[12]), decimal(r[13]), decimal(r[14]), decimal(r[15]), decimal(r[16]), decimal(r[17]), decimal(r[18]));
        return new Candidate((UUID) r[0], (String) r[1], PmoLevel.valueOf((String) r[2]), (String) r[3], (String) r[4], decimal(r[5]),
                decimal(r[6]), SqlValues.localDate(r[7]), ((Number) r[8]).intValue(), decimal(r[9]), ((Number) r[10]).intValue(), (String) r[11], score);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
