package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/** Finish-to-start: the successor should not start before the predecessor has finished. */
@Entity
@Table(name = "deliverable_dependency")
public class DeliverableDependency extends TenantOwned {

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "predecessor_id", nullable = false, updatable = false)
    private UUID predecessorId;

    @Column(name = "successor_id", nullable = false, updatable = false)
    private UUID successorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Override
    protected void stored(Instant now) {
        createdAt = now;
    }

    protected DeliverableDependency() {
    }

    public DeliverableDependency(UUID projectId, UUID predecessorId, UUID successorId) {
        identify();
        this.projectId = projectId;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
    }

    public UUID predecessorId() {
        return predecessorId;
    }

    public UUID successorId() {
        return successorId;
    }
}
