package nl.pmohub.planning.infrastructure;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.planning.domain.Deliverable;
import nl.pmohub.planning.domain.DeliverableDependency;
import nl.pmohub.planning.domain.DeliverableDetails;
import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.GateDecisionDetails;
import nl.pmohub.planning.domain.GateDocumentDetails;
import nl.pmohub.planning.domain.GateDocumentKind;
import nl.pmohub.planning.domain.Milestone;
import nl.pmohub.planning.domain.MilestoneDetails;
import nl.pmohub.planning.domain.Stage;
import nl.pmohub.planning.domain.StageDetails;
import nl.pmohub.planning.domain.StageGate;
import nl.pmohub.planning.domain.StageKind;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.application.DemoSeed;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans of the demo projects (after {@code PortfolioDemoData} made them): milestones for every active
 * project, and for every Prince2 project its stages, gates and deliverables. ACM-101 is in its second
 * delivery stage, which has overrun its time tolerance, so the dashboard shows an exception; ACM-108
 * forecasts beyond its cost tolerance. Each part is added only when the tenant has none of it yet.
 */
@Stateless
public class PlanningDemoData implements DemoSeed {

    @Inject
    Clock clock;

    private static final List<String> MILESTONES = List.of("Projectinitiatiedocument goedgekeurd", "Ontwerp gereed",
            "Tussentijdse evaluatie", "Oplevering");
    private static final double[] MILESTONE_AT = {0.05, 0.4, 0.7, 0.97};

    private record StagePlan(StageKind kind, String name, double from, double to) {
    }

    private static final List<StagePlan> STAGES = List.of(
            new StagePlan(StageKind.INITIATION, "Initiatie", 0.0, 0.1),
            new StagePlan(StageKind.DELIVERY, "Ontwerp en voorbereiding", 0.1, 0.35),
            new StagePlan(StageKind.DELIVERY, "Uitvoering", 0.35, 0.75),
            new StagePlan(StageKind.DELIVERY, "Afbouw en overdracht", 0.75, 0.92),
            new StagePlan(StageKind.CLOSING, "Afsluiting", 0.92, 1.0));

    /** Deliverables per delivery stage (index into STAGES), chained finish-to-start. */
    private static final List<List<String>> PRODUCTS = List.of(List.of(), List.of("Definitief ontwerp", "Omgevingsvergunning"),
            List.of("Sloopwerkzaamheden", "Ruwbouw", "Installaties"), List.of("Afbouw", "Opleverdossier"), List.of());

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 1;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(String tenant) {
        List<Project> active = em.createQuery("select p from Project p where p.phase = :active order by p.code", Project.class)
                .setParameter("active", ProjectPhase.ACTIVE).getResultList();
        boolean noStages = isEmpty("Stage");
        boolean noMilestones = isEmpty("Milestone");
        int index = 0;
        for (Project project : active) {
            List<Stage> stages = noStages && project.details().method() == ProjectMethod.PRINCE2 ? addStages(project) : List.of();
            if (noMilestones) {
                addMilestones(project, stages, index++);
            }
        }
    }

    private boolean isEmpty(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult() == 0;
    }

    /**
     * Stages over the project's period; those that ended before today are closed by a gate, the one
     * containing today runs. Tolerances: 14 days and 10 %.
     */
    private List<Stage> addStages(Project project) {
        ProjectDetails p = project.details();
        LocalDate today = LocalDate.now(clock);
        long days = ChronoUnit.DAYS.between(p.startDate(), p.endDate());
        BigDecimal budget = p.budget() == null ? BigDecimal.valueOf(500_000) : p.budget();
        List<Stage> stages = new ArrayList<>();
        Deliverable previous = null;
        for (int i = 0; i < STAGES.size(); i++) {
            StagePlan plan = STAGES.get(i);
            LocalDate start = p.startDate().plusDays(Math.round(days * plan.from()));
            LocalDate end = i == STAGES.size() - 1 ? p.endDate() : p.startDate().plusDays(Math.round(days * plan.to())).minusDays(1);
            BigDecimal stageBudget = budget.multiply(BigDecimal.valueOf(plan.to() - plan.from())).setScale(-3, RoundingMode.HALF_UP);
            boolean running = !start.isAfter(today) && !end.isBefore(today);
            double spent = end.isBefore(today) ? 0.97 : running ? (double) ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, end) : 0;
            double forecast = running && "ACM-108".equals(p.code()) ? 1.18 : running ? 1.04 : 1.0;
            boolean showcase = running && "ACM-101".equals(p.code());
            // the showcase's board approved an end three weeks before the current forecast: a time exception
            Stage stage = Stage.plan(project.id(), details(plan, start, showcase ? end.minusDays(21) : end, stageBudget, spent, forecast), i == 0);
            if (showcase) {
                stage.revise(details(plan, start, end, stageBudget, spent, forecast));
            }
            if (i > 0 && stages.get(i - 1).endDate().isBefore(today)) {
                decideGate(stages.get(i - 1), i - 1);
                stage.start();
            }
            em.persist(stage);
            stages.add(stage);
            previous = addDeliverables(project, stage, PRODUCTS.get(i), start, end, today, previous);
        }
        return stages;
    }

    private static StageDetails details(StagePlan plan, LocalDate start, LocalDate end, BigDecimal budget, double spent, double forecast) {
        return new StageDetails(plan.kind(), plan.name(), start, end, 14, budget, 10,
                budget.multiply(BigDecimal.valueOf(spent)).setScale(0, RoundingMode.HALF_UP),
                budget.multiply(BigDecimal.valueOf(forecast)).setScale(0, RoundingMode.HALF_UP));
    }

    /** Closes a finished stage by its gate; the first delivery stage went on with conditions. */
    private void decideGate(Stage stage, int index) {
        LocalDate decidedOn = stage.endDate();
        stage.close();
        GateDecision decision = index == 1 ? GateDecision.GO_WITH_CONDITIONS : GateDecision.GO;
        StageGate gate = StageGate.record(stage.id(), new GateDecisionDetails(decision, decidedOn, "Stuurgroep",
                decision == GateDecision.GO_WITH_CONDITIONS ? "Aanvullend bodemonderzoek afronden vóór de start van de sloop." : null,
                "Fase binnen tolerantie afgerond; plan voor de volgende fase akkoord.",
                List.of(new GateDocumentDetails(GateDocumentKind.PROGRESS_REPORT, "Eindfaserapport " + stage.name(), null),
                        new GateDocumentDetails(GateDocumentKind.RISK_REGISTER, "Risicolog per " + decidedOn, null),
                        new GateDocumentDetails(GateDocumentKind.BUDGET, "Budgetoverzicht fase", null),
                        new GateDocumentDetails(GateDocumentKind.STAGE_PLAN, "Faseplan volgende fase", null))));
        em.persist(gate);
    }

    /** Two or three products per delivery stage, each depending on the one before it. */
    private Deliverable addDeliverables(Project project, Stage stage, List<String> names, LocalDate start, LocalDate end, LocalDate today,
                                        Deliverable previous) {
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        for (int i = 0; i < names.size(); i++) {
            LocalDate from = start.plusDays(span * i / names.size());
            LocalDate to = start.plusDays(span * (i + 1) / names.size() - 1);
            int percent = to.isBefore(today) ? 100 : from.isAfter(today) ? 0 : (int) (100 * ChronoUnit.DAYS.between(from, today) / (ChronoUnit.DAYS.between(from, to) + 1));
            Deliverable deliverable = Deliverable.plan(project.id(), new DeliverableDetails(names.get(i), project.details().manager(),
                    from, to, percent, percent == 100 ? to : null, stage.id()), today);
            em.persist(deliverable);
            if (previous != null) {
                em.persist(new DeliverableDependency(project.id(), previous.id(), deliverable.id()));
            }
            previous = deliverable;
        }
        return previous;
    }

    /**
     * Past milestones are achieved, except in every fourth project, where one is missed; every third
     * project has slipped its design milestone by three weeks against the baseline. In a Prince2 project
     * each milestone belongs to the stage it falls in.
     */
    private void addMilestones(Project project, List<Stage> stages, int index) {
        String owner = project.details().manager();
        LocalDate start = project.details().startDate();
        long days = ChronoUnit.DAYS.between(start, project.details().endDate());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < MILESTONES.size(); i++) {
            LocalDate planned = start.plusDays(Math.round(days * MILESTONE_AT[i]));
            boolean past = planned.isBefore(today);
            boolean missed = past && index % 4 == 1 && i == 1;
            int percent = past ? (missed ? 80 : 100) : (i == 1 ? 30 : 0);
            boolean slips = i == 1 && index % 3 == 0 && !past;
            LocalDate finalDate = slips ? planned.plusDays(21) : planned;
            var stage = stages.stream().filter(s -> s.contains(planned) && s.contains(finalDate)).findFirst().map(Stage::id).orElse(null);
            Milestone milestone = Milestone.plan(project.id(), new MilestoneDetails(MILESTONES.get(i), owner, planned, percent,
                    past && !missed ? planned : null, stage), today);
            if (slips) {
                milestone.revise(new MilestoneDetails(MILESTONES.get(i), owner, finalDate, percent, null, stage), today);
            }
            em.persist(milestone);
        }
    }
}
