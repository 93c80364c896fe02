package nl.pmohub.shared.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which slice of a list to fetch. Sorting names a property of the read model; each repository maps
 * the names it allows to columns, so a client can never sort on something unindexed or unknown.
 */
public record PageRequest(@Min(0) int page, @Min(1) @Max(MAX_SIZE) int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }

    public int offset() {
        return page * size;
    }
}
