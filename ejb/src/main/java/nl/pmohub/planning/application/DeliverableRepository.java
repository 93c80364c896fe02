package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.Deliverable;
import nl.pmohub.planning.domain.DeliverableDependency;
import nl.pmohub.planning.domain.DependencyLink;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deliverables and their finish-to-start links, for the current tenant. */
public interface DeliverableRepository extends ProjectRecords<Deliverable> {

    List<DeliverableSummary> ofProject(UUID projectId);

    /** One deliverable's row, without its links. */
    DeliverableSummary view(UUID id);

    /** The predecessors of one deliverable, with their planned ends. */
    List<DeliverableSummary> predecessorsOf(UUID successorId);

    List<DependencyLink> linksOf(UUID projectId);

    Optional<DeliverableDependency> link(UUID predecessorId, UUID successorId);

    void addLink(DeliverableDependency link);

    void removeLink(DeliverableDependency link);
}
