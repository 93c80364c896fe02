package nl.pmohub.shared.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The port every repository of an aggregate offers its application service: find by id (the tenant's
 * only: another tenant's id is not found), add, remove, and flush so that constraint and version
 * conflicts surface inside the service call. Implemented by {@code EntityStore} in infrastructure.
 */
public interface Records<T> {

    Optional<T> find(UUID id);

    /** Finds and locks the row until the transaction ends, so that decisions on it happen one after the other. */
    Optional<T> findForUpdate(UUID id);

    void add(T entity);

    void remove(T entity);

    void flush();
}
