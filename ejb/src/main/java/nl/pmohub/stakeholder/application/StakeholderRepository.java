package nl.pmohub.stakeholder.application;

import nl.pmohub.shared.application.ProjectRecords;
import nl.pmohub.stakeholder.domain.RaciAssignment;
import nl.pmohub.stakeholder.domain.Stakeholder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stakeholders of the current tenant and their RACI cells. */
public interface StakeholderRepository extends ProjectRecords<Stakeholder> {

    /** The project's stakeholders, most powerful and interested first. */
    List<StakeholderSummary> ofProject(UUID projectId);

    Optional<StakeholderSummary> view(UUID projectId, UUID id);

    /** The project's RACI cells. */
    List<RaciAssignment> assignments(UUID projectId);

    /**
     * The cells of one deliverable's row, read after taking the row's lock for the rest of the transaction, so two saves
     * of one row follow each other.
     */
    List<RaciAssignment> lockRow(UUID projectId, UUID deliverableId);

    /** Replaces the cells of a row (the old ones are removed first, so a role may move between stakeholders). */
    void replaceRow(List<RaciAssignment> old, List<RaciAssignment> cells);
}
