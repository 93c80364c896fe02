package nl.pmohub.risk.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.risk.domain.ActionDetails;
import nl.pmohub.risk.domain.IssueDetails;
import nl.pmohub.risk.domain.IssueKind;
import nl.pmohub.risk.domain.IssuePriority;
import nl.pmohub.risk.domain.ProjectIssue;
import nl.pmohub.risk.domain.Proximity;
import nl.pmohub.risk.domain.Risk;
import nl.pmohub.risk.domain.RiskAction;
import nl.pmohub.risk.domain.RiskCategory;
import nl.pmohub.risk.domain.RiskChange;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskResponse;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Six risks per active demo project, spread over the heat map, with actions (some done, some overdue) and a history: raised two months ago and
 * reassessed since (scores going up and down), one closed, one occurred (an issue in the issue log), some reviews overdue, a resolved request for change. Runs before progress
 * reports are seeded, so their figures count the open risks. Does nothing when the tenant has risks already.
 */
@Stateless
public class RiskDemoData extends DemoSeedOnce implements DemoSeed {

    private record Template(String title, RiskCategory category, String cause, String effect) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Vergunning komt te laat", RiskCategory.EXTERNAL, "Bezwaar van omwonenden", "Start uitvoering schuift op"),
            new Template("Leverancier valt uit", RiskCategory.FINANCIAL, "Faillissement in de keten", "Vervangende inkoop tegen hogere prijs"),
            new Template("Sleutelfiguur vertrekt", RiskCategory.ORGANISATIONAL, "Krappe arbeidsmarkt", "Kennis gaat verloren, vertraging"),
            new Template("Koppeling met ERP werkt niet", RiskCategory.TECHNICAL, "Verouderde interfaces", "Handwerk en fouten in de administratie"),
            new Template("Prijsstijging materialen", RiskCategory.FINANCIAL, "Inflatie en schaarste", "Budget overschreden"),
            new Template("Aanbesteding wordt aangevochten", RiskCategory.LEGAL, "Afgewezen inschrijver", "Gunning ligt maanden stil"),
            new Template("Draagvlak bij gebruikers ontbreekt", RiskCategory.STRATEGIC, "Onvoldoende betrokkenheid", "Lage adoptie na oplevering"),
            new Template("Stikstofnorm wordt aangescherpt", RiskCategory.EXTERNAL, "Nieuwe regelgeving", "Herontwerp nodig"));

    private static final String[] OWNERS = {"Joost van den Berg", "Sophie de Wit", "Annemieke Bakker", "Pieter Smit"};

    @Inject
    ProjectPort portfolio;

    public RiskDemoData() {
        super("Risk", 5);
    }

    @Override
    protected void seedEmpty(String tenant) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Random random = new Random(tenant.hashCode() + 19L);
        for (ProjectSummary project : portfolio.active()) {
            for (int i = 0; i < 6; i++) {
                Template t = TEMPLATES.get((i + random.nextInt(TEMPLATES.size())) % TEMPLATES.size());
                RiskStatus status = i == 4 ? RiskStatus.CLOSED : i == 5 ? RiskStatus.OCCURRED : RiskStatus.OPEN;
                int probability = 1 + random.nextInt(5);
                RiskDetails first = details(t, probability, random, RiskStatus.OPEN, today.minusDays(30));
                Risk risk = Risk.raise(project.id(), first);
                List<RiskChange> history = new ArrayList<>();
                history.add(RiskChange.of(risk, "raised", "pm", now.minus(Duration.ofDays(60 - i))));
                int later = Math.max(1, Math.min(5, probability + random.nextInt(3) - 1));
                // a review date in the past for every third open risk: the register flags it
                LocalDate review = i % 3 == 0 ? today.minusDays(3 + i) : today.plusDays(7L + 7L * i);
                List<String> changes = risk.reassess(details(t, later, random, status, review));
                history.add(RiskChange.of(risk, changes.isEmpty() ? "reviewed" : String.join("; ", changes), "pmo", now.minus(Duration.ofDays(20 - i))));
                em.persist(risk);
                history.forEach(em::persist);
                if (status == RiskStatus.OCCURRED) {
                    em.persist(ProjectIssue.ofOccurred(risk, today.minusDays(20 - i)));
                }
                if (risk.details().response() == RiskResponse.MITIGATE || i == 0) {
                    RiskAction action = RiskAction.plan(risk, new ActionDetails("Maatregel uitwerken en bespreken in het projectoverleg",
                            risk.owner(), today.plusDays(i % 2 == 0 ? -4 : 10)));
                    if (i % 3 == 1) {
                        action.done(now.minus(Duration.ofDays(2)));
                    }
                    em.persist(action);
                }
            }
            ProjectIssue change = ProjectIssue.raise(project.id(), new IssueDetails("Extra koppeling met het zaaksysteem gevraagd",
                    "De opdrachtgever wil zaken automatisch laten aanmaken; raakt scope, planning en budget", IssueKind.CHANGE_REQUEST,
                    IssuePriority.MEDIUM, project.manager()), today.minusDays(12));
            change.resolve("Goedgekeurd door de stuurgroep; opgenomen in fase 2", today.minusDays(5));
            em.persist(change);
        }
    }

    private static RiskDetails details(Template t, int probability, Random random, RiskStatus status, LocalDate review) {
        int[] impacts = {1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(3), 1 + random.nextInt(3)};
        RiskResponse response = RiskResponse.values()[random.nextInt(RiskResponse.values().length)];
        return new RiskDetails(t.title(), t.title() + ": " + t.effect().toLowerCase(), t.category(), t.cause(), t.effect(), probability,
                impacts[0], impacts[1], impacts[2], impacts[3], OWNERS[random.nextInt(OWNERS.length)], response,
                Proximity.values()[random.nextInt(Proximity.values().length)], status,
                response == RiskResponse.MITIGATE ? Math.max(1, probability - 2) : null, response == RiskResponse.MITIGATE ? 2 : null, review);
    }
}
