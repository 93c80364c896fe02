package nl.pmohub.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.planning.application.RoadmapRepository;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.application.RoadmapProject;
import nl.pmohub.planning.application.RoadmapSprint;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;

import java.util.List;

/** Projections of the active projects' plans; the project filter is the same in every query. */
@ApplicationScoped
public class JpaRoadmapRepository implements RoadmapRepository {

    /** Active projects, optionally of one method (the parameter is null for all). */
    private static final String ACTIVE = "p.phase = :active and (:method is null or p.method = :method)";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<RoadmapProject> projects(ProjectMethod method) {
        return em.createQuery("select new nl.pmohub.planning.application.RoadmapProject(p.id, p.code, p.name, p.method, p.status,"
                        + " p.startDate, p.endDate) from Project p where " + ACTIVE + " order by p.startDate, p.code", RoadmapProject.class)
                .setParameter("active", ProjectPhase.ACTIVE).setParameter("method", method).getResultList();
    }

    @Override
    public List<StageSummary> stages(ProjectMethod method) {
        return em.createQuery(JpaStageRepository.VIEW + " join Project p on p.id = s.projectId where " + ACTIVE + " order by s.startDate",
                        StageSummary.class)
                .setParameter("active", ProjectPhase.ACTIVE).setParameter("method", method).getResultList();
    }

    @Override
    public List<RoadmapSprint> sprints(ProjectMethod method) {
        return em.createQuery("select new nl.pmohub.planning.application.RoadmapSprint(s.id, s.projectId, s.number, s.team, s.status,"
                        + " s.startDate, s.endDate) from Sprint s join Project p on p.id = s.projectId where " + ACTIVE + " order by s.startDate",
                        RoadmapSprint.class)
                .setParameter("active", ProjectPhase.ACTIVE).setParameter("method", method).getResultList();
    }

    @Override
    public List<MilestoneSummary> milestones(ProjectMethod method) {
        return em.createQuery(JpaMilestoneRepository.VIEW + " join Project p on p.id = m.projectId where " + ACTIVE + " order by m.plannedDate",
                        MilestoneSummary.class)
                .setParameter("active", ProjectPhase.ACTIVE).setParameter("method", method).getResultList();
    }
}
