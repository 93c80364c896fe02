package nl.pmohub.stakeholder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.util.UUID;

/** One cell of the RACI matrix: a stakeholder's role for a deliverable. Rows are replaced whole ({@link RaciRow}). */
@Entity
@Table(name = "raci_assignment")
public class RaciAssignment extends ProjectRecord {

    @Column(name = "deliverable_id", nullable = false, updatable = false)
    private UUID deliverableId;
    @Column(name = "stakeholder_id", nullable = false, updatable = false)
    private UUID stakeholderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 1)
    private RaciRole role;

    protected RaciAssignment() {
    }

    static RaciAssignment of(UUID projectId, UUID deliverableId, UUID stakeholderId, RaciRole role) {
        RaciAssignment assignment = new RaciAssignment();
        assignment.identify(projectId);
        assignment.deliverableId = deliverableId;
        assignment.stakeholderId = stakeholderId;
        assignment.role = role;
        return assignment;
    }

    public UUID deliverableId() { return deliverableId; }
    public UUID stakeholderId() { return stakeholderId; }
    public RaciRole role() { return role; }
}
