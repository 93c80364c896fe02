package nl.pmohub.planning.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.planning.application.SprintRepository;
import nl.pmohub.planning.application.BacklogRepository;
import nl.pmohub.planning.domain.BacklogItem;
import nl.pmohub.planning.domain.BacklogItemDetails;
import nl.pmohub.planning.domain.ItemStatus;
import nl.pmohub.planning.domain.Sprint;
import nl.pmohub.planning.domain.SprintDetails;
import nl.pmohub.planning.domain.SprintReview;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.shared.application.DemoSeed;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo sprints of the Scrum projects (acme ACM-103, globex GLX-202): six closed two-week sprints with
 * varying velocity and review notes, the seventh running today with part of its items done on earlier
 * days (so the burndown has a real line), the eighth planned, and a product backlog. Dates are relative to
 * today; runs after the portfolio's demo projects ({@link #order()}) and does nothing when the project has
 * sprints already.
 */
@Stateless
public class ScrumDemoData implements DemoSeed {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(ScrumDemoData.class.getName());
    private static final int SPRINT_DAYS = 14;
    private static final int CLOSED = 6;
    private static final int[] STORY_SIZES = {8, 5, 3, 2, 1};

    /** One tenant's demo: project, team, the closed sprints' results, and texts. */
    private record Demo(String project, String team, int[] completed, int[] unfinished, List<String> goals, List<String> reviews,
                        List<String> history, List<String> current, List<String> next, List<String> product) {
    }

    /** A story planned into the running sprint: its size and on which day of the sprint it was done (-1: not done). */
    private record Planned(int estimate, int doneOnDay, ItemStatus status) {
    }

    private static final List<Planned> CURRENT = List.of(
            new Planned(5, 1, ItemStatus.DONE), new Planned(3, 2, ItemStatus.DONE), new Planned(8, -1, ItemStatus.IN_PROGRESS),
            new Planned(2, 2, ItemStatus.DONE), new Planned(5, 99, ItemStatus.DONE), new Planned(3, -1, ItemStatus.IN_PROGRESS),
            new Planned(1, -1, ItemStatus.TODO), new Planned(5, -1, ItemStatus.TODO));

    private static final Demo ACME = new Demo("ACM-103", "Team Bouwstenen",
            new int[] {21, 18, 24, 27, 25, 31}, new int[] {5, 8, 3, 0, 5, 2},
            List.of("BIM-modellen van de ontwerpers inlezen in de werkvoorbereiding",
                    "Hoeveelheden automatisch uit het model halen",
                    "Clashdetectie tussen constructie en installaties",
                    "Planning koppelen aan het model (4D)",
                    "Werkpakketten voor de bouwplaats uit het model",
                    "Terugkoppeling van de bouwplaats in het model",
                    "Kostenraming uit het model (5D) voor de eerste pilot",
                    "Uitrol naar het tweede projectteam"),
            List.of("IFC-import werkt voor de architectuur- en constructiemodellen; installatiemodel nog niet. Demo bij de werkvoorbereiders goed ontvangen.",
                    "Minder gehaald door ziekte in het team. Hoeveelhedenstaat beton klopt binnen 2%; metselwerk volgt.",
                    "Clashrapport per verdieping getoond aan de uitvoerder; vraag om filter op discipline opgenomen in de backlog.",
                    "Alles gehaald. 4D-simulatie van de ruwbouw laat de torenkraanplanning zien; opdrachtgever enthousiast.",
                    "Werkpakketten in de app voor de bouwplaats. Offline gebruik op de bouwplaats nog niet stabiel.",
                    "Hoogste velocity tot nu toe. Terugmelden vanaf de bouwplaats werkt; foto's bij een melding volgen in de volgende sprint."),
            List.of("IFC-import architectuurmodel", "IFC-import constructiemodel", "Modelviewer in de werkvoorbereidingsomgeving",
                    "Hoeveelhedenstaat beton", "Hoeveelhedenstaat metselwerk", "Export hoeveelheden naar Excel",
                    "Clashdetectie constructie – installaties", "Clashrapport per verdieping", "Koppeling met de bouwplanning",
                    "4D-simulatie ruwbouw", "Werkpakket genereren uit modelselectie", "Werkpakketten tonen in de bouwplaats-app",
                    "Terugmelden vanaf de bouwplaats", "Autorisatie per projectrol", "Prestatie modelviewer bij grote modellen",
                    "Koppeling documentbeheer", "Materiaallijst per werkpakket", "Uitvoerdersdashboard"),
            List.of("Kostenkengetallen koppelen aan modelelementen", "Raming per bouwdeel tonen", "Vergelijking raming met begroting",
                    "Foto's toevoegen aan een terugmelding", "Offline werken in de bouwplaats-app", "Rapport kostenraming als pdf",
                    "Clashfilter per discipline", "Gebruikerstest met twee werkvoorbereiders"),
            List.of("Handleiding voor het tweede projectteam", "Migratie projectdata pilot naar productie", "Training werkvoorbereiders"),
            List.of("Koppeling met het inkoopsysteem", "Meerwerk registreren in het model", "Notificaties bij modelwijzigingen",
                    "Revisiebeheer van modellen", "As-built model opleveren aan de beheerder", "Koppeling met het urenregistratiesysteem",
                    "Toegankelijkheid bouwplaats-app (WCAG)", "Archivering na oplevering"));

    private static final Demo GLOBEX = new Demo("GLX-202", "Team Zorgflow",
            new int[] {19, 23, 22, 26, 29, 28}, new int[] {3, 2, 5, 3, 0, 4},
            List.of("Roosterdata van de afdelingen ontsluiten",
                    "Eerste voorspelling van de bezetting per dienst",
                    "Roostervoorstel voor één verpleegafdeling",
                    "Voorkeuren en beschikbaarheid van medewerkers meenemen",
                    "Ruilverzoeken via de app",
                    "Uitleg bij elk roostervoorstel (uitlegbare AI)",
                    "Pilot op drie afdelingen voorbereiden",
                    "Koppeling met de salarisadministratie"),
            List.of("Roosterhistorie van twee jaar ingelezen; kwaliteit van de data beter dan verwacht.",
                    "Voorspelling bezetting avonddienst wijkt gemiddeld 6% af; teamleiders willen het per week zien.",
                    "Eerste roostervoorstel getoond op interne geneeskunde; cao-regels voor nachtdiensten nog niet volledig.",
                    "Voorkeuren werken. Privacy officer akkoord met de verwerking na aanpassing van de bewaartermijn.",
                    "Alles gehaald. Ruilen via de app bespaart de roosteraar naar schatting drie uur per week.",
                    "Uitleg per voorstel gedemonstreerd aan de ondernemingsraad; vraag om een logboek van handmatige correcties."),
            List.of("Export uit het roostersysteem", "Opschonen roosterhistorie", "Model bezettingsvoorspelling",
                    "Dashboard voorspelling per dienst", "Cao-regels arbeidstijden", "Roostervoorstel genereren",
                    "Voorkeuren medewerkers vastleggen", "Beschikbaarheid uit de app", "Verwerkingsregister AVG bijwerken",
                    "Ruilverzoek indienen", "Ruilverzoek goedkeuren door de teamleider", "Uitleg bij roostervoorstel",
                    "Logboek handmatige correcties", "Inloggen met de zorgpas", "Meldingen bij roosterwijziging",
                    "Weekoverzicht voor teamleiders"),
            List.of("Pilotafdelingen inrichten", "Roosteraars trainen", "Feedbackformulier in de app", "Monitoring van de voorspellingen",
                    "Nachtdienstregels volgens cao", "Prestatietest bij drie afdelingen tegelijk", "Terugvaloptie handmatig rooster",
                    "Evaluatiecriteria pilot afstemmen met de OR"),
            List.of("Koppeling salarisadministratie (toeslagen)", "Export verlof naar HR-systeem", "Rapportage overuren"),
            List.of("Flexpool inzetten bij onderbezetting", "Meertalige app (Engels, Arabisch)", "Koppeling met het ziekteverzuimsysteem",
                    "Voorspelling ziekteverzuim per seizoen", "Roosters voor de spoedeisende hulp", "Toegankelijkheid (WCAG)",
                    "Audit trail voor de inspectie", "Opschalen naar alle afdelingen"));

    @PersistenceContext
    EntityManager em;

    @Inject
    SprintRepository sprints;

    @Inject
    BacklogRepository items;

    @Override
    public int order() {
        return 2;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(String tenant) {
        Demo demo = switch (tenant) {
            case "acme" -> ACME;
            case "globex" -> GLOBEX;
            default -> null;
        };
        if (demo == null) {
            return;
        }
        Project project = em.createQuery("select p from Project p where p.code = :code", Project.class)
                .setParameter("code", demo.project()).getResultStream().findFirst().orElse(null);
        if (project == null || !sprints.ofProject(project.id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // the running sprint started on a Monday, at least three days ago, so its burndown has a few actual points
        LocalDate currentStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (ChronoUnit.DAYS.between(currentStart, today) < 3) {
            currentStart = currentStart.minusWeeks(1);
        }
        LocalDate first = currentStart.minusDays((long) SPRINT_DAYS * CLOSED);
        ProjectDetails period = project.details();
        if (first.isBefore(period.startDate()) || currentStart.plusDays(2L * SPRINT_DAYS - 1).isAfter(period.endDate())) {
            LOG.warning("Demo sprints do not fit in " + demo.project() + " (" + period.startDate() + " – " + period.endDate() + "); none added");
            return;
        }
        new Seeder(project, demo, period, today).run(first);
    }

    /** Builds one project's sprints and backlog, keeping the running rank and the history titles used. */
    private final class Seeder {
        private final Project project;
        private final Demo demo;
        private final ProjectDetails period;
        private final LocalDate today;
        private int rank = 1;
        private int history;

        Seeder(Project project, Demo demo, ProjectDetails period, LocalDate today) {
            this.project = project;
            this.demo = demo;
            this.period = period;
            this.today = today;
        }

        void run(LocalDate first) {
            for (int n = 1; n <= CLOSED; n++) {
                closedSprint(n, first.plusDays((long) (n - 1) * SPRINT_DAYS));
            }
            LocalDate currentStart = first.plusDays((long) CLOSED * SPRINT_DAYS);
            runningSprint(currentStart);
            Sprint next = sprint(CLOSED + 2, currentStart.plusDays(SPRINT_DAYS));
            int[] sizes = {5, 3, 8};
            for (int i = 0; i < demo.next().size(); i++) {
                item(demo.next().get(i), sizes[i % sizes.length], next);
            }
            for (int i = 0; i < demo.product().size(); i++) {
                item(demo.product().get(i), i < 5 ? STORY_SIZES[(i + 1) % STORY_SIZES.length] : null, null);
            }
            sprints.flush();
        }

        private void closedSprint(int number, LocalDate start) {
            Sprint sprint = sprint(number, start);
            List<BacklogItem> planned = new ArrayList<>();
            List<Integer> done = sizes(demo.completed()[number - 1]);
            for (int i = 0; i < done.size(); i++) {
                planned.add(item(historyTitle(), done.get(i), sprint));
            }
            int unfinished = demo.unfinished()[number - 1];
            if (unfinished > 0) {
                planned.add(item(historyTitle(), unfinished, sprint));
            }
            sprint.start(planned, false);
            for (int i = 0; i < done.size(); i++) {
                // done spread over the sprint, the last one on the final day
                planned.get(i).finish(start.plusDays(Math.min(SPRINT_DAYS - 1, 2L + (long) i * (SPRINT_DAYS - 3) / Math.max(1, done.size() - 1))));
            }
            sprint.review(new SprintReview(demo.reviews().get(number - 1)), planned, sprint.endDate());
        }

        private void runningSprint(LocalDate start) {
            Sprint sprint = sprint(CLOSED + 1, start);
            List<BacklogItem> planned = new ArrayList<>();
            for (int i = 0; i < CURRENT.size(); i++) {
                planned.add(item(demo.current().get(i), CURRENT.get(i).estimate(), sprint));
            }
            sprint.start(planned, false);
            long elapsed = ChronoUnit.DAYS.between(start, today);
            for (int i = 0; i < CURRENT.size(); i++) {
                Planned p = CURRENT.get(i);
                if (p.status() == ItemStatus.DONE) {
                    planned.get(i).finish(start.plusDays(Math.min(p.doneOnDay(), elapsed - 1)));
                } else if (p.status() == ItemStatus.IN_PROGRESS) {
                    BacklogItemDetails d = planned.get(i).details();
                    planned.get(i).revise(new BacklogItemDetails(d.title(), d.description(), d.estimate(), ItemStatus.IN_PROGRESS,
                            d.sprintId(), null), sprint, sprint, today);
                }
            }
        }

        private Sprint sprint(int number, LocalDate start) {
            Sprint sprint = Sprint.plan(project.id(), number, new SprintDetails(demo.team(), demo.goals().get(number - 1), start,
                    start.plusDays(SPRINT_DAYS - 1L)), period);
            sprints.add(sprint);
            // written now: items refer to it, and Hibernate does not order inserts by a plain id column
            sprints.flush();
            return sprint;
        }

        private BacklogItem item(String title, Integer estimate, Sprint sprint) {
            BacklogItem item = BacklogItem.add(project.id(), new BacklogItemDetails(title, null, estimate, ItemStatus.TODO,
                    sprint == null ? null : sprint.id(), rank++), sprint, rank, today);
            items.add(item);
            return item;
        }

        private String historyTitle() {
            String title = demo.history().get(history % demo.history().size());
            int round = history++ / demo.history().size();
            return round == 0 ? title : title + " (deel " + (round + 1) + ")";
        }
    }

    /** Story sizes adding up to {@code total}, largest first. */
    static List<Integer> sizes(int total) {
        List<Integer> sizes = new ArrayList<>();
        int left = total;
        int turn = 0;
        while (left > 0) {
            // alternate between the largest fitting size and the next one down, for a realistic mix
            int largest = 0;
            for (int i = 0; i < STORY_SIZES.length; i++) {
                if (STORY_SIZES[i] <= left) {
                    largest = i;
                    break;
                }
            }
            int pick = STORY_SIZES[Math.min(STORY_SIZES.length - 1, largest + (turn++ % 2))];
            sizes.add(pick);
            left -= pick;
        }
        return sizes;
    }
}
