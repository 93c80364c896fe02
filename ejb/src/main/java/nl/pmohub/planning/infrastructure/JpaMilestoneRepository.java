package nl.pmohub.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.planning.application.MilestoneRepository;
import nl.pmohub.planning.application.Deadline;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.domain.Milestone;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;
import nl.pmohub.portfolio.domain.ProjectPhase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Milestones of the current tenant; lists are projections (one query each, no per-row loading). */
@ApplicationScoped
public class JpaMilestoneRepository extends ProjectRecordStore<Milestone> implements MilestoneRepository {

    public JpaMilestoneRepository() {
        super(Milestone.class, "Milestone");
    }

    /** The milestone read model; callers add joins, conditions and order. */
    static final String VIEW = """
            select new nl.pmohub.planning.application.MilestoneSummary(
                m.id, m.projectId, m.stageId, m.name, m.owner, m.plannedDate, m.baselineDate, m.achievedOn, m.percentComplete, m.version)
            from Milestone m
            """;

    @Override
    public List<MilestoneSummary> ofProject(UUID projectId) {
        return em.createQuery(VIEW + " where m.projectId = :project order by m.plannedDate, m.name", MilestoneSummary.class)
                .setParameter("project", projectId).getResultList();
    }

    /** Open milestones of active projects planned on or before the horizon (missed ones included), soonest first. */
    @Override
    public List<Deadline> openUntil(LocalDate horizon, int limit) {
        return em.createQuery("""
                select new nl.pmohub.planning.application.Deadline(m.id, p.id, p.code, p.name, m.name, m.plannedDate, m.owner)
                from Milestone m join Project p on p.id = m.projectId
                where m.achievedOn is null and m.plannedDate <= :horizon and p.phase = :active
                order by m.plannedDate, p.code""", Deadline.class)
                .setParameter("horizon", horizon).setParameter("active", ProjectPhase.ACTIVE)
                .setMaxResults(limit).getResultList();
    }
}
