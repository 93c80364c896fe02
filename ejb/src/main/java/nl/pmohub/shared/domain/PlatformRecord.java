package nl.pmohub.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A record of the platform itself, shared by all tenants and owned by none: a marketplace professional's
 * profile. Its table has no {@code tenant_id} and no row-level security; who may read what of it is decided by
 * the services (a client sees a professional only through the ranking, without contact details). Only the
 * marketplace and the tenant registry have such records (LayerRulesTest).
 */
@MappedSuperclass
@EntityListeners(RecordStamps.class)
public abstract class PlatformRecord {

    @Id
    @Column(name = "id")
    private UUID id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlatformRecord() {
    }

    /** Gives a new record its id; factories call it once. */
    protected final void identify() {
        if (id != null) {
            throw new IllegalStateException("Already identified: " + id);
        }
        id = UUID.randomUUID();
    }

    /** Gives a new record the id of what it stands for (a listing has its request's id); factories call it once. */
    protected final void identify(UUID given) {
        if (id != null) {
            throw new IllegalStateException("Already identified: " + id);
        }
        id = java.util.Objects.requireNonNull(given);
    }

    void stored(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    void changed(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
