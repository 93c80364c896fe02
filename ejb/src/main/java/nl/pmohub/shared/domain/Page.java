package nl.pmohub.shared.domain;

import java.util.List;

/** One slice of a list with the total, as counted in the database. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

}
