package nl.pmohub.shared.infrastructure;

import nl.pmohub.shared.application.ProjectRecords;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.StaleVersionException;

import java.util.UUID;

/**
 * The store of a {@link ProjectRecord}: the one place that answers "this record of this project, as of the
 * version the client saw" — not found (404) when the id is another project's or another tenant's, stale
 * (412) when someone changed it since.
 */
public abstract class ProjectRecordStore<T extends ProjectRecord> extends EntityStore<T> implements ProjectRecords<T> {

    private final String what;

    protected ProjectRecordStore(Class<T> type, String what) {
        super(type);
        this.what = what;
    }

    @Override
    public T get(UUID projectId, UUID id) {
        return find(id).filter(record -> record.belongsTo(projectId)).orElseThrow(() -> new NotFoundException(what, id));
    }

    @Override
    public T get(UUID projectId, UUID id, long expectedVersion) {
        T record = get(projectId, id);
        StaleVersionException.require(what, id, expectedVersion, record.version());
        return record;
    }
}
