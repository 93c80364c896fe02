package nl.pmohub.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.meeting.application.LessonRepository;
import nl.pmohub.meeting.application.LessonSummary;
import nl.pmohub.meeting.domain.Lesson;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lessons learned of the current tenant. */
@ApplicationScoped
public class JpaLessonRepository extends ProjectRecordStore<Lesson> implements LessonRepository {

    public JpaLessonRepository() {
        super(Lesson.class, "Lesson");
    }

    @Override
    public List<LessonSummary> ofProject(UUID projectId) {
        return em.createQuery("select l from Lesson l where l.projectId = :project order by l.recordedOn desc, l.createdAt desc", Lesson.class)
                .setParameter("project", projectId).getResultList().stream().map(JpaLessonRepository::summary).toList();
    }

    @Override
    public Optional<LessonSummary> view(UUID projectId, UUID id) {
        return find(id).filter(l -> l.belongsTo(projectId)).map(JpaLessonRepository::summary);
    }

    private static LessonSummary summary(Lesson l) {
        return new LessonSummary(l.id(), l.projectId(), l.details(), l.recordedOn(), l.version());
    }
}
