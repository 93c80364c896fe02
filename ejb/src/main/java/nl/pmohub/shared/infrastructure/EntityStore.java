package nl.pmohub.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import nl.pmohub.shared.application.Records;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.domain.PmoException;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The common half of every repository of an aggregate with a UUID id: find, add, remove, flush. The
 * subclass adds the queries (projections) of its context. The tenant filter applies to all of them.
 * A rule the service checks before writing (no overlapping sprints, say) can still be broken by a
 * concurrent write; the database's constraint then refuses it, and {@link #flush()} turns that into the
 * refusal the service would have given, named by {@link #constraintRefusals()}: a 409/400, not a 500.
 */
public abstract class EntityStore<T> implements Records<T> {

    @PersistenceContext
    protected EntityManager em;

    private final Class<T> type;

    protected EntityStore(Class<T> type) {
        this.type = type;
    }

    @Override
    public Optional<T> find(UUID id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public Optional<T> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(type, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(T entity) {
        em.persist(entity);
    }

    @Override
    public void remove(T entity) {
        em.remove(entity);
    }

    /** Writes pending changes now, so constraint and version conflicts surface inside the service call. */
    @Override
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            Map<String, Supplier<? extends PmoException>> refusals = constraintRefusals();
            Supplier<? extends PmoException> refusal = refusals.get(violatedConstraint(failure, refusals.keySet()));
            if (refusal == null) {
                throw failure;
            }
            throw refusal.get();
        }
    }

    /**
     * One page with its total from rows of {@code [item, count(*) over ()]}: the total rides on every row as a
     * window count, so a full page costs one query, not two. Only a page past the end, which has no row to
     * carry it, counts on its own ({@code countAlone}).
     */
    protected static <R> Page<R> pageOf(List<Object[]> rows, Class<R> itemType, PageRequest page, LongSupplier countAlone) {
        List<R> items = rows.stream().map(row -> itemType.cast(row[0])).toList();
        long total = rows.isEmpty() ? (page.page() == 0 ? 0 : countAlone.getAsLong()) : (Long) rows.get(0)[1];
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Constraint names (lower case, as in the migrations) and the domain refusal each stands for. */
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of();
    }

    /**
     * The constraint the database named in a failed write, or "" when none. Hibernate does not extract
     * the name of every kind (exclusion constraints in a batch, for one), so the messages are read too.
     */
    private static String violatedConstraint(Throwable failure, Set<String> known) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation && violation.getConstraintName() != null) {
                return violation.getConstraintName().toLowerCase(Locale.ROOT);
            }
            String message = cause.getMessage();
            if (message != null) {
                for (String name : known) {
                    if (message.contains(name)) {
                        return name;
                    }
                }
            }
        }
        return "";
    }
}
