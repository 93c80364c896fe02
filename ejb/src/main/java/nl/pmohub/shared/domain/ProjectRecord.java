package nl.pmohub.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.util.Objects;
import java.util.UUID;

/**
 * A record owned by one project of a tenant: a risk, a milestone, a budget line, an hour entry. The project
 * never changes. Its table has {@code project_id} beside the {@link TenantRecord} columns and the composite
 * foreign key {@code (tenant_id, project_id) references project (tenant_id, id)}, so the database itself
 * refuses a row pointing at another tenant's project (PostgreSQL checks keys without row-level security).
 * Find one with {@code ProjectRecordStore.get(projectId, id, expectedVersion)}: 404 and 412 from one place.
 */
@MappedSuperclass
public abstract class ProjectRecord extends TenantRecord {

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    protected ProjectRecord() {
    }

    /** Gives a new record its id and its project; factories call it once. */
    protected final void identify(UUID projectId) {
        identify();
        this.projectId = Objects.requireNonNull(projectId, "projectId");
    }

    public UUID projectId() {
        return projectId;
    }

    public boolean belongsTo(UUID projectId) {
        return this.projectId.equals(projectId);
    }
}
