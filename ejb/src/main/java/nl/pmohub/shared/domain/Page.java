package nl.pmohub.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One slice of a list with the total, as counted in the database. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
