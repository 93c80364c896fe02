package nl.pmohub.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

/**
 * The common half of every repository of an aggregate with a UUID id: find, add, remove, flush. The
 * subclass adds the queries (projections) of its context. The tenant filter applies to all of them.
 */
public abstract class EntityStore<T> {

    @PersistenceContext
    protected EntityManager em;

    private final Class<T> type;

    protected EntityStore(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(UUID id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public void add(T entity) {
        em.persist(entity);
    }

    public void remove(T entity) {
        em.remove(entity);
    }

    /** Writes pending changes now, so constraint and version conflicts surface inside the service call. */
    public void flush() {
        em.flush();
    }
}
