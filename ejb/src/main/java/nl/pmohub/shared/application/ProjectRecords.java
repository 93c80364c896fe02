package nl.pmohub.shared.application;

import java.util.UUID;

/**
 * The port of a repository of records owned by a project: the one place that answers "this record of this
 * project, as of the version the client saw" — not found (404) for another project's or tenant's id,
 * stale (412) when it changed since. Implemented by {@code ProjectRecordStore} in infrastructure.
 */
public interface ProjectRecords<T> extends Records<T> {

    /** The record {@code id} of the project, or NotFoundException. */
    T get(UUID projectId, UUID id);

    /** The record {@code id} of the project at {@code expectedVersion}, or NotFoundException / StaleVersionException. */
    T get(UUID projectId, UUID id, long expectedVersion);
}
