package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Place;

import java.util.List;
import java.util.Optional;

/** The Dutch places (platform reference data, read by everyone). */
public interface Places {

    Optional<Place> find(int id);

    /** Places whose name starts with {@code prefix} (case-insensitive), the largest first. */
    List<Place> named(String prefix, int limit);
}
