package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.AtRiskRequest;
import nl.pmohub.marketplace.application.ListingRepository;
import nl.pmohub.marketplace.application.Opportunity;
import nl.pmohub.marketplace.application.PromiseMonth;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.shared.infrastructure.EntityStore;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Listed requests (platform records). Which fit a professional is the ranking's filter turned round, as the database
 * function {@code listing_fits} (V27) writes it: their level or one below, required skills held at their least
 * depth (bit sets), the rate within the maximum, available by two weeks after the start, within both the request's
 * distance and their own radius (or remote work).
 */
@ApplicationScoped
public class JpaListingRepository extends EntityStore<RequestListing> implements ListingRepository {

    private static final String FITTING = """
            select l.id, l.title, l.level, l.remote, pl.name,
                   case when l.remote then null
                        else round(cast(km_between(l.latitude, l.longitude, p.latitude, p.longitude) as numeric), 1) end,
                   l.start_date, l.hours_per_week, l.duration_weeks, l.max_rate, l.description, l.submitted_at,
                   (select a.interested from listing_answer a where a.listing_id = l.id and a.professional_id = p.id),
                   absent_days(p, l)
            from professional p
            join request_listing l on l.open and listing_fits(p, l)
            left join place pl on pl.id = l.place_id
            where p.id = :me
            order by l.submitted_at desc
            limit :limit""";

    public JpaListingRepository() {
        super(RequestListing.class);
    }

    @Override
    public Map<UUID, RequestListing> ofIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from RequestListing l where l.id in :ids", RequestListing.class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().collect(Collectors.toMap(RequestListing::id, Function.identity()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Opportunity> fitting(Professional professional, int limit) {
        List<Object[]> rows = em.createNativeQuery(FITTING).setParameter("me", professional.id()).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Opportunity((UUID) r[0], (String) r[1], PmoLevel.valueOf((String) r[2]), (Boolean) r[3], (String) r[4],
                (BigDecimal) r[5], SqlValues.localDate(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (BigDecimal) r[9],
                (String) r[10], instant(r[11]), ((Number) r[13]).intValue(), (Boolean) r[12])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AtRiskRequest> atRisk(Instant before, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select l.id, l.client_tenant, l.title, l.submitted_at,
                               (select count(*) from listing_answer a where a.listing_id = l.id and a.interested)
                        from request_listing l
                        where l.open and l.shortlist_reached_at is null and l.submitted_at < :before
                        order by l.submitted_at""")
                .setParameter("before", before).getResultList();
        return rows.stream().map(r -> new AtRiskRequest((UUID) r[0], (String) r[1], (String) r[2], instant(r[3]), ((Number) r[4]).longValue(),
                Duration.between(instant(r[3]), now).toHours())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PromiseMonth> promise(int months) {
        List<Object[]> rows = em.createNativeQuery("""
                        select date_trunc('month', submitted_at)::date, count(*),
                               count(*) filter (where shortlist_reached_at <= submitted_at + interval '48 hours')
                        from request_listing group by 1 order by 1 desc limit :months""")
                .setParameter("months", months).getResultList();
        return rows.stream().map(r -> new PromiseMonth(YearMonth.from(SqlValues.localDate(r[0])), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
