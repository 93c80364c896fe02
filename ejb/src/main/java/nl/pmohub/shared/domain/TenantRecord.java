package nl.pmohub.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every record a tenant owns and edits has, written once: its {@link TenantOwned} id and tenant, a
 * version for optimistic locking, and created/updated
 * instants taken from the injected {@link java.time.Clock} by {@link RecordStamps}, never by the entity.
 * Its table has the columns {@code id, tenant_id, version, created_at, updated_at}.
 */
@MappedSuperclass
public abstract class TenantRecord extends TenantOwned {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantRecord() {
    }

    @Override
    protected final void stored(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    @Override
    protected final void changed(Instant now) {
        updatedAt = now;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
