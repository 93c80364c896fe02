package nl.pmohub.stakeholder.application;

import nl.pmohub.shared.application.ProjectRecords;
import nl.pmohub.stakeholder.domain.Communication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The communication plans of the current tenant. */
public interface CommunicationRepository extends ProjectRecords<Communication> {

    /** The project's plan: next due first, finished one-offs last. */
    List<CommunicationSummary> ofProject(UUID projectId);

    Optional<CommunicationSummary> view(UUID projectId, UUID id);

    /** The tenant's communications due before {@code before} (late ones when it is today), earliest first. */
    List<CommunicationSummary> dueBefore(LocalDate before, int limit);

    long countDueBefore(LocalDate before);
}
