package nl.pmohub.shared.api;

import nl.pmohub.shared.domain.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** A page of a list: the items, where the page stands, and the total counted in the database. */
@Schema(name = "Page")
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> toWire) {
        return new PageResponse<>(page.items().stream().map(toWire).toList(), page.page(), page.size(), page.total());
    }
}
