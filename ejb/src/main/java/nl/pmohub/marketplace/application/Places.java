package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Place;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Dutch places (platform reference data, read by everyone). */
public interface Places {

    Optional<Place> find(int id);

    /** The places of these ids, by id, in one query. */
    Map<Integer, Place> ofIds(Collection<Integer> ids);

    /** Places whose name starts with {@code prefix} (case-insensitive), the largest first. */
    List<Place> named(String prefix, int limit);
}
