package nl.pmohub.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.planning.application.StageRepository;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.planning.domain.Stage;
import nl.pmohub.planning.domain.StageGate;
import nl.pmohub.planning.domain.StageStatus;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Stages and their gates, for the current tenant. */
@ApplicationScoped
public class JpaStageRepository extends ProjectRecordStore<Stage> implements StageRepository {

    /** The stage read model with its gate decision; callers add joins, conditions and order. */
    static final String VIEW = """
            select new nl.pmohub.planning.application.StageSummary(s.id, s.projectId, s.kind, s.name, s.startDate, s.endDate,
                s.baselineEnd, s.timeToleranceDays, s.budget, s.costTolerancePercent, s.actualCost, s.forecastCost, s.status,
                g.decision, g.decidedOn, s.version)
            from Stage s left join StageGate g on g.stageId = s.id
            """;

    public JpaStageRepository() {
        super(Stage.class, "Stage");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("stage_no_overlap", () -> new BadInputException("startDate", "stage.error.overlapRace",
                "overlaps a stage planned at the same moment"));
    }

    @Override
    public List<StageSummary> ofProject(UUID projectId) {
        return em.createQuery(VIEW + " where s.projectId = :project order by s.startDate", StageSummary.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public StageSummary view(UUID id) {
        return em.createQuery(VIEW + " where s.id = :id", StageSummary.class).setParameter("id", id).getSingleResult();
    }

    /** The stages of one project as entities, in order (for the overlap and gate rules). */
    @Override
    public List<Stage> stagesOf(UUID projectId) {
        return em.createQuery("select s from Stage s where s.projectId = :project order by s.startDate", Stage.class)
                .setParameter("project", projectId).getResultList();
    }

    /** Stages not yet closed of active projects, with their project (what the exceptions card judges). */
    @Override
    public List<Object[]> openOfActiveProjects() {
        return em.createQuery("""
                select s, p.code, p.name from Stage s join Project p on p.id = s.projectId
                where s.status <> :closed and p.phase = :active order by p.code, s.startDate""", Object[].class)
                .setParameter("closed", StageStatus.CLOSED).setParameter("active", ProjectPhase.ACTIVE).getResultList();
    }

    @Override
    public Optional<StageGate> gateOf(UUID stageId) {
        return em.createQuery("select g from StageGate g where g.stageId = :stage", StageGate.class)
                .setParameter("stage", stageId).getResultStream().findFirst();
    }

    @Override
    public void addGate(StageGate gate) {
        em.persist(gate);
    }

    /** Milestones and deliverables planned in the stage (a stage cannot shrink away from them). */
    @Override
    public long workOutside(UUID stageId, java.time.LocalDate start, java.time.LocalDate end) {
        long milestones = em.createQuery("""
                select count(m) from Milestone m where m.stageId = :stage and (m.plannedDate < :start or m.plannedDate > :end)""", Long.class)
                .setParameter("stage", stageId).setParameter("start", start).setParameter("end", end).getSingleResult();
        long deliverables = em.createQuery("""
                select count(d) from Deliverable d where d.stageId = :stage and (d.startDate < :start or d.endDate > :end)""", Long.class)
                .setParameter("stage", stageId).setParameter("start", start).setParameter("end", end).getSingleResult();
        return milestones + deliverables;
    }
}
