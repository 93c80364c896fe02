package nl.pmohub.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The least a row of a tenant has: a UUID id chosen by the application (so a new row can be linked before
 * it is stored) and the tenant, filled and filtered by Hibernate's {@code @TenantId} and walled by
 * row-level security on the same column. Parts of an aggregate that are written once (a gate's documents)
 * stand on this alone; records that change stand on {@link TenantRecord}.
 */
@MappedSuperclass
@EntityListeners(RecordStamps.class)
public abstract class TenantOwned {

    @Id
    @Column(name = "id")
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 30)
    private String tenantId;

    protected TenantOwned() {
    }

    /** Gives a new row its id; factories call it once, JPA never does. */
    protected final void identify() {
        if (id != null) {
            throw new IllegalStateException("Already identified: " + id);
        }
        id = UUID.randomUUID();
    }

    /** Called with the injected clock's time when the row is first stored. */
    protected void stored(Instant now) {
    }

    /** Called with the injected clock's time when a change of the row is written. */
    protected void changed(Instant now) {
    }

    public UUID id() {
        return id;
    }
}
