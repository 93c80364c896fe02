package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.Lesson;
import nl.pmohub.shared.application.ProjectRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The lessons learned of the current tenant. */
public interface LessonRepository extends ProjectRecords<Lesson> {

    /** The project's lessons, latest first. */
    List<LessonSummary> ofProject(UUID projectId);

    Optional<LessonSummary> view(UUID projectId, UUID id);
}
