package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** Finish-to-start: the successor should not start before the predecessor has finished. */
@Entity
@Table(name = "deliverable_dependency")
public class DeliverableDependency {

    @Id
    @Column(name = "id")
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 30)
    private String tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "predecessor_id", nullable = false, updatable = false)
    private UUID predecessorId;

    @Column(name = "successor_id", nullable = false, updatable = false)
    private UUID successorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DeliverableDependency() {
    }

    public DeliverableDependency(UUID projectId, UUID predecessorId, UUID successorId) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.createdAt = Instant.now();
    }

    public UUID predecessorId() {
        return predecessorId;
    }

    public UUID successorId() {
        return successorId;
    }
}
