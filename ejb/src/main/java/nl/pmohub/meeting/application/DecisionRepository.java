package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.Decision;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The decision logs of the current tenant. */
public interface DecisionRepository extends ProjectRecords<Decision> {

    /** The project's decisions, latest first. */
    List<DecisionSummary> ofProject(UUID projectId);

    /** The decisions recorded in a meeting, in their order. */
    List<DecisionSummary> ofMeeting(UUID meetingId);

    Optional<DecisionSummary> view(UUID projectId, UUID id);
}
