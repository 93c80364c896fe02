package nl.pmohub.improvement.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.improvement.domain.CycleDetails;
import nl.pmohub.improvement.domain.CycleOutcome;
import nl.pmohub.improvement.domain.Decision;
import nl.pmohub.improvement.domain.ImprovementCycle;
import nl.pmohub.improvement.domain.ImprovementPhase;
import nl.pmohub.improvement.domain.PhaseMove;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Improvement cycles on every active demo project's board — one in each phase, one without a result in Do (so a drag
 * to Check is refused until it is measured), and a cycle closed by its next one — and a few of the whole organisation.
 * Each is moved through its phases by the domain's own rules, the moves kept as they happened. Does nothing when the
 * tenant has cycles already.
 */
@Stateless
public class ImprovementDemoData extends DemoSeedOnce implements DemoSeed {

    /** A cycle to seed: what it sets out to do, what it found, and the phase it reached. */
    private record Seed(CycleDetails details, CycleOutcome outcome, ImprovementPhase phase) {
    }

    private static final String BY = "pmo";

    @Inject
    ProjectPort portfolio;

    public ImprovementDemoData() {
        super("ImprovementCycle", 5);
    }

    @Override
    protected void seedEmpty(String tenant) {
        Instant now = clock.instant();
        for (ProjectSummary project : portfolio.active()) {
            String owner = project.manager();
            List<Seed> seeds = List.of(
                    new Seed(details("Doorlooptijd inkooporders verkorten", "Inkooporders wachten dagen op een tweede handtekening.",
                            "Doorlooptijd inkooporder", "12", "8", "werkdagen", owner, Waste.WAITING), CycleOutcome.NONE, ImprovementPhase.PLAN),
                    new Seed(details("Minder herstelwerk bij oplevering", "Bij elke deeloplevering komen dezelfde opleverpunten terug.",
                            "Opleverpunten per oplevering", "40", "20", "punten", "Sophie de Wit", Waste.DEFECTS), CycleOutcome.NONE, ImprovementPhase.DO),
                    new Seed(details("Dagstart binnen een kwartier", "De dagstart loopt uit en houdt het team van het werk.",
                            "Duur dagstart", "35", "15", "minuten", owner, Waste.OVERPROCESSING),
                            new CycleOutcome(new BigDecimal("18.00"), "Drie weken gemeten met een vaste agenda", null, null), ImprovementPhase.CHECK),
                    new Seed(details("Uren digitaal verantwoorden", "Urenbriefjes worden overgetypt in de administratie.",
                            "Administratietijd uren", "6", "2", "uur per week", "Annemieke Bakker", Waste.MOTION),
                            new CycleOutcome(new BigDecimal("2.50"), "Na een maand weekstaten in PMO Hub", Decision.ADOPT,
                                    "Werkwijze vastleggen in het projecthandboek"), ImprovementPhase.ACT));
            for (int i = 0; i < seeds.size(); i++) {
                Seed s = seeds.get(i);
                seed(ImprovementCycle.startFor(project.id(), s.details()), s.outcome(), s.phase(), now.minus(Duration.ofDays(40L - 5L * i)));
            }
            continued(ImprovementCycle.startFor(project.id(), details("Wachttijd op goedkeuring wijzigingen", "Wijzigingsverzoeken liggen lang bij de stuurgroep.",
                    "Wachttijd besluit wijziging", "10", "3", "dagen", owner, Waste.WAITING)), now);
        }
        seed(ImprovementCycle.startTenantWide(details("Projectstartdocumenten sneller goedgekeurd", "Een PID wacht gemiddeld drie weken op akkoord.",
                "Doorlooptijd PID-akkoord", "15", "5", "werkdagen", "Pieter Smit", Waste.WAITING)),
                CycleOutcome.NONE, ImprovementPhase.DO, now.minus(Duration.ofDays(30)));
        seed(ImprovementCycle.startTenantWide(details("Eén voortgangsrapportage in plaats van drie", "Projectleiders schrijven dezelfde cijfers voor drie overleggen.",
                "Rapportages per maand", "3", "1", "stuks", "Joost van den Berg", Waste.OVERPRODUCTION)),
                new CycleOutcome(new BigDecimal("1.00"), "Stuurgroep en MT lezen dezelfde rapportage", null, null), ImprovementPhase.CHECK,
                now.minus(Duration.ofDays(50)));
        seed(ImprovementCycle.startTenantWide(details("Kennis van interim-PMO'ers vasthouden", "Na vertrek van een interim-kracht begint de opvolger opnieuw.",
                "Overdrachtsdocumenten per vertrek", "0", "1", "stuks", "Sophie de Wit", Waste.UNUSED_SKILLS)),
                new CycleOutcome(new BigDecimal("0.50"), "De helft leverde een overdracht op", Decision.ADAPT,
                        "Overdracht opnemen in de opdrachtovereenkomst"), ImprovementPhase.ACT, now.minus(Duration.ofDays(60)));
    }

    /** Stores the cycle with its outcome, moved from Plan to {@code phase} one step every few days from {@code start}. */
    private void seed(ImprovementCycle cycle, CycleOutcome outcome, ImprovementPhase phase, Instant start) {
        em.persist(cycle);
        em.flush();   // the moves' key names the cycle, which Hibernate does not know: the cycle goes first
        em.persist(PhaseMove.of(cycle, null, BY, start));
        cycle.revise(cycle.details(), outcome);
        Instant at = start;
        while (cycle.phase() != phase) {
            at = at.plus(Duration.ofDays(4));
            ImprovementPhase from = cycle.moveTo(ImprovementPhase.values()[cycle.phase().ordinal() + 1]);
            em.persist(PhaseMove.of(cycle, from, BY, at));
        }
        em.flush();
    }

    /** A first cycle that went round and was adapted, closed by its next cycle now in Do (baseline: the first one's result). */
    private void continued(ImprovementCycle first, Instant now) {
        seed(first, new CycleOutcome(new BigDecimal("6.00"), "Besluiten per e-mail in plaats van in het overleg", Decision.ADAPT,
                "Mandaat tot € 10.000 bij de projectleider leggen"), ImprovementPhase.ACT, now.minus(Duration.ofDays(70)));
        ImprovementCycle next = first.startNext();
        em.persist(PhaseMove.of(first, ImprovementPhase.ACT, BY, now.minus(Duration.ofDays(20))));
        seed(next, CycleOutcome.NONE, ImprovementPhase.DO, now.minus(Duration.ofDays(20)));
    }

    private static CycleDetails details(String title, String problem, String kpi, String baseline, String target, String unit, String owner, Waste waste) {
        return new CycleDetails(title, problem, kpi, new BigDecimal(baseline), new BigDecimal(target), unit, owner, waste);
    }
}
