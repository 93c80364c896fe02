package nl.pmohub.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.meeting.application.DecisionRepository;
import nl.pmohub.meeting.application.DecisionSummary;
import nl.pmohub.meeting.domain.Decision;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Decision logs of the current tenant, read by the project's or the meeting's index. */
@ApplicationScoped
public class JpaDecisionRepository extends ProjectRecordStore<Decision> implements DecisionRepository {

    public JpaDecisionRepository() {
        super(Decision.class, "Decision");
    }

    @Override
    public List<DecisionSummary> ofProject(UUID projectId) {
        return em.createQuery("select d from Decision d where d.projectId = :project order by d.decidedOn desc, d.createdAt desc", Decision.class)
                .setParameter("project", projectId).getResultList().stream().map(JpaDecisionRepository::summary).toList();
    }

    @Override
    public List<DecisionSummary> ofMeeting(UUID meetingId) {
        return em.createQuery("select d from Decision d where d.meetingId = :meeting order by d.createdAt", Decision.class)
                .setParameter("meeting", meetingId).getResultList().stream().map(JpaDecisionRepository::summary).toList();
    }

    @Override
    public Optional<DecisionSummary> view(UUID projectId, UUID id) {
        return find(id).filter(d -> d.belongsTo(projectId)).map(JpaDecisionRepository::summary);
    }

    private static DecisionSummary summary(Decision d) {
        return new DecisionSummary(d.id(), d.projectId(), d.origin(), d.details(), d.version());
    }
}
