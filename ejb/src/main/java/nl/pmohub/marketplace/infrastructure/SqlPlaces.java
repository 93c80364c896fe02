package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.domain.Place;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

/** The Dutch places of migration V15 (GeoNames), read with plain SQL: reference data, not an entity. */
@ApplicationScoped
public class SqlPlaces implements Places {

    private static final String COLUMNS = "select id, name, province, population, latitude, longitude from place";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Place> find(int id) {
        return rows(em.createNativeQuery(COLUMNS + " where id = :id").setParameter("id", id).getResultList()).stream().findFirst();
    }

    @Override
    public Map<Integer, Place> ofIds(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return rows(em.createNativeQuery(COLUMNS + " where id in (:ids)").setParameter("ids", Set.copyOf(ids)).getResultList()).stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
    }

    @Override
    public List<Place> named(String prefix, int limit) {
        String pattern = prefix.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return rows(em.createNativeQuery(COLUMNS + " where lower(name) like :pattern order by population desc, name limit :limit")
                .setParameter("pattern", pattern).setParameter("limit", limit).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Place> rows(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new Place(((Number) r[0]).intValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue())).toList();
    }
}
