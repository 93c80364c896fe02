package nl.pmohub.marketplace.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.hours.application.HoursPort;
import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.marketplace.application.FeeStatementIssuer;
import nl.pmohub.marketplace.application.GuestAccounts;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.domain.Absence;
import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.marketplace.domain.MarketplaceContract;
import nl.pmohub.marketplace.domain.Party;
import nl.pmohub.marketplace.domain.RequestTerms;
import nl.pmohub.marketplace.domain.KvkCheck;
import nl.pmohub.marketplace.domain.MarketplaceRequest;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.ProfileDetails;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillClaim;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.marketplace.domain.SkillNeed;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.domain.DependencyFailureException;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The marketplace's demo: 300 professionals spread over the Netherlands as people are (a place drawn by its
 * population), T-shaped skills, rates from 65 to 140 euros, most vetted and some waiting for the operator;
 * {@code pro1}–{@code pro3} are the platform realm's demo professionals. Written once for the platform, by the
 * first tenant's seed. Per tenant, with their listings: an on-site request near Utrecht that got its shortlist of
 * three interested (pro1–pro3) after 14 hours, a remote one 30 hours old without a shortlist (at risk), and a
 * withdrawn one.
 */
@Stateless
public class MarketplaceDemoData extends DemoSeedOnce implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(MarketplaceDemoData.class.getName());
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int PROFESSIONALS = 300;
    private static final List<String> FIRST = List.of("Anouk", "Bram", "Charlotte", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Iris", "Jeroen",
            "Karin", "Lars", "Marloes", "Niels", "Olga", "Pieter", "Renske", "Sander", "Tessa", "Vincent", "Wendy", "Youssef", "Fatima",
            "Mehmet", "Sanne", "Ruben", "Lotte", "Thijs", "Noor", "Bas");
    private static final List<String> LAST = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kaya", "El Amrani", "Yilmaz", "Koster", "Prins");
    private static final List<String> LEVELS = List.of("operationeel", "tactisch", "strategisch");
    private static final List<String> SECTORS = List.of("bouw en infra", "overheid", "zorg", "ICT", "energie", "financiële dienstverlening",
            "onderwijs", "industrie");

    @Inject
    Places places;

    @Inject
    ProjectPort portfolio;

    @Inject
    HoursPort hours;

    @Inject
    FeeStatementIssuer statements;

    @Inject
    GuestAccounts guests;

    public MarketplaceDemoData() {
        super("MarketplaceRequest", 7);
    }

    @Override
    protected void seedEmpty(String tenant) {
        LocalDate today = LocalDate.now(clock);
        List<Place> all = places.named("", 2000);
        if (em.createQuery("select count(p) from Professional p", Long.class).getSingleResult() == 0) {
            professionals(all, today);
        }
        List<ProjectSummary> projects = portfolio.active();
        if (projects.isEmpty()) {
            return;
        }
        Place utrecht = named(all, "Utrecht");
        Instant now = clock.instant();
        List<UUID> central = em.createQuery("select p.id from Professional p where p.account in ('pro1', 'pro2', 'pro3') order by p.account", UUID.class)
                .getResultList();
        UUID first = projects.get(0).id();
        RequestDetails controller = new RequestDetails("Projectcontroller voor de uitvoeringsfase", PmoLevel.TACTICAL,
                List.of(new SkillNeed(Skill.FINANCE, SkillDepth.EXPERIENCED, true), new SkillNeed(Skill.PRINCE2, SkillDepth.BASIC, true),
                        new SkillNeed(Skill.RISK, SkillDepth.BASIC, false), new SkillNeed(Skill.MS_PROJECT, SkillDepth.BASIC, false)),
                false, utrecht.id(), 60, today.plusWeeks(3), 24, 26, new BigDecimal("115.00"),
                "Ondersteuning van de projectleider bij planning, budgetbewaking en rapportage aan de stuurgroep.");
        // submitted 20 hours ago; three interested answers made the shortlist after 14 hours
        RequestListing shortlisted = listed(MarketplaceRequest.submit(first, controller, "pm", now.minus(Duration.ofHours(20)), today), tenant,
                Optional.of(utrecht));
        for (int i = 0; i < central.size(); i++) {
            shortlisted.answer(central.get(i), true, now.minus(Duration.ofHours(15L - 4L * i)));
        }
        UUID last = projects.get(projects.size() - 1).id();
        RequestDetails coach = new RequestDetails("Scrum- en PMO-coach (op afstand)", PmoLevel.OPERATIONAL,
                List.of(new SkillNeed(Skill.SCRUM, SkillDepth.EXPERIENCED, true), new SkillNeed(Skill.REPORTING, SkillDepth.BASIC, false)),
                true, null, null, today.plusWeeks(2), 16, 12, new BigDecimal("95.00"), "Opzetten van een lichte PMO-rapportage voor drie teams.");
        // submitted 30 hours ago without a shortlist yet: the operators see it at risk
        listed(MarketplaceRequest.submit(last, coach, "pm", now.minus(Duration.ofHours(30)), today), tenant, Optional.empty());
        RequestDetails risk = new RequestDetails("Risicomanager (ingetrokken)", PmoLevel.STRATEGIC,
                List.of(new SkillNeed(Skill.RISK, SkillDepth.EXPERT, true)), true, null, null, today.plusWeeks(1), 8, 8,
                new BigDecimal("140.00"), "Toch intern ingevuld.");
        MarketplaceRequest withdrawn = MarketplaceRequest.submit(first, risk, "pm", now.minus(Duration.ofDays(3)), today);
        withdrawn.withdraw(now.minus(Duration.ofDays(2)));
        listed(withdrawn, tenant, Optional.empty()).close();
        agreements(tenant, projects.get(0), shortlisted, central, today);
    }

    /**
     * The agreements of a client, in every state: a finished engagement reviewed by both sides; a filled request whose
     * agreement went back and forth (the professional proposed a higher rate) and was concluded six weeks ago, with the
     * running engagement; both with approved hours and fee statements; on the shortlisted request an offer waiting for
     * one candidate and one waiting for the client.
     */
    private void agreements(String tenant, ProjectSummary project, RequestListing shortlisted, List<UUID> central, LocalDate today) {
        boolean acme = "acme".equals(tenant);
        em.persist(MarketplaceContract.of(tenant, acme ? "Acme Bouw B.V." : "Globex Zorg B.V.", acme ? "12345678" : "87654321",
                contractFee(acme), "operator"));
        LocalDate thisWeek = Timesheet.weekOf(today);
        Professional finished = em.find(Professional.class, central.get(2));
        Engagement past = engagement(tenant, project, finished, "Tijdelijke PMO-ondersteuning", thisWeek.minusWeeks(16), 8, new BigDecimal("92.00"), false);
        Instant reviewed = past.endDate().plusDays(2).atTime(10, 0).atZone(AMSTERDAM).toInstant();
        past.review(Party.CLIENT, 5, "Snel ingewerkt, heldere rapportages aan de stuurgroep.", "pm", reviewed, today);
        past.review(Party.PROFESSIONAL, 4, "Prettige samenwerking; besluiten lieten soms op zich wachten.", finished.account(), reviewed.plus(Duration.ofHours(5)), today);
        finished.rated(5);
        Professional hired = em.find(Professional.class, central.get(acme ? 0 : 1));
        Engagement running = engagement(tenant, project, hired, "Interim PMO-officer", thisWeek.minusWeeks(6), 20, new BigDecimal("100.00"), true);
        em.flush();
        statements.issueForCurrentTenant();
        admit(running, hired);
        offer(shortlisted, tenant, project, central.get(acme ? 1 : 0), contractFee(acme), false);
        offer(shortlisted, tenant, project, central.get(2), contractFee(acme), true);
    }

    /**
     * A request filled by an agreement concluded two weeks before {@code start}, 16 hours a week for {@code weeks} weeks,
     * and its engagement with approved weeks up to last week. {@code countered}: the client offered € 5 less, the
     * professional proposed {@code rate} (version 2); otherwise version 1 at {@code rate} was accepted by both.
     */
    private Engagement engagement(String tenant, ProjectSummary project, Professional professional, String title, LocalDate start, int weeks,
                                  BigDecimal rate, boolean countered) {
        LocalDate end = start.plusWeeks(weeks).minusDays(1);
        Instant offered = start.minusWeeks(2).atStartOfDay(AMSTERDAM).toInstant();
        RequestDetails details = new RequestDetails(title, PmoLevel.TACTICAL,
                List.of(new SkillNeed(Skill.PRINCE2, SkillDepth.BASIC, true), new SkillNeed(Skill.REPORTING, SkillDepth.BASIC, false)),
                true, null, null, start, 16, weeks, new BigDecimal("110.00"), "Registers bijhouden, voortgangsrapportages en notulen.");
        MarketplaceRequest filled = MarketplaceRequest.submit(project.id(), details, "pm", offered.minus(Duration.ofDays(3)), start.minusWeeks(3));
        RequestListing listing = listed(filled, tenant, Optional.empty());
        BigDecimal fee = contractFee("acme".equals(tenant));
        Agreement agreement = Agreement.offer(filled.id(), project.id(), project.code() + " " + project.name(), tenant, professional.id(),
                AgreementTerms.of(countered ? rate.subtract(BigDecimal.valueOf(5)) : rate, 16, start, end, 14, GuestRole.PMO, fee), "pm", offered);
        Instant agreed = offered.plus(Duration.ofDays(1));
        if (countered) {
            agreement.revise(AgreementTerms.of(rate, 16, start, end, 14, GuestRole.PMO, fee), Party.PROFESSIONAL, professional.account(), agreed);
        } else {
            agreement.accept(Party.PROFESSIONAL, 1, professional.account(), agreed);
        }
        agreement.accept(Party.CLIENT, agreement.latestNumber(), "pm", agreed.plus(Duration.ofHours(3)));
        listing.close();
        filled.fill(agreed.plus(Duration.ofHours(3)));
        em.persist(agreement);
        Engagement engagement = Engagement.of(agreement, professional.account());
        em.persist(engagement);
        hours.setRate(engagement.tenantUsername(), engagement.hourlyRate(), engagement.startDate());
        LocalDate thisWeek = Timesheet.weekOf(LocalDate.now(clock));
        for (LocalDate monday = start; monday.isBefore(thisWeek) && !monday.isAfter(end); monday = monday.plusWeeks(1)) {
            hours.recordApprovedWeek(project.id(), engagement.tenantUsername(), monday, new BigDecimal("3.20"), "pm",
                    monday.plusDays(4).atTime(17, 0).atZone(AMSTERDAM).toInstant(), monday.plusWeeks(1).atTime(9, 30).atZone(AMSTERDAM).toInstant());
        }
        return engagement;
    }

    private static BigDecimal contractFee(boolean acme) {
        return acme ? Fee.DEFAULT_PERCENT : new BigDecimal("8.50");
    }

    /** An offer on the shortlisted request; {@code acceptedByProfessional}: the candidate accepted it, the client has not yet. */
    private void offer(RequestListing request, String tenant, ProjectSummary project, UUID professionalId, BigDecimal fee, boolean acceptedByProfessional) {
        RequestTerms t = request.terms();
        Instant at = clock.instant().minus(Duration.ofHours(2));
        Agreement offer = Agreement.offer(request.id(), project.id(), project.code() + " " + project.name(), tenant, professionalId,
                AgreementTerms.of(t.maxRate().subtract(BigDecimal.TEN), t.hoursPerWeek(), t.startDate(), t.startDate().plusWeeks(t.durationWeeks()).minusDays(1),
                        14, GuestRole.PMO, fee), "pm", at);
        if (acceptedByProfessional) {
            offer.accept(Party.PROFESSIONAL, 1, em.find(Professional.class, professionalId).account(), at.plus(Duration.ofHours(1)));
        }
        em.persist(offer);
    }

    /** The guest account in the client's realm; without Keycloak (a test run of the seed alone) the demo goes on without it. */
    private void admit(Engagement engagement, Professional hired) {
        try {
            guests.admit(engagement.clientTenant(), engagement.tenantUsername(), hired.details().name(), hired.details().email(), engagement.role());
        } catch (DependencyFailureException keycloakAway) {
            LOG.warning(() -> "Demo guest account " + engagement.tenantUsername() + " not made: " + keycloakAway.getMessage());
        }
    }

    /** Stores the request and its listing, as submitting it does. */
    private RequestListing listed(MarketplaceRequest request, String tenant, Optional<Place> place) {
        em.persist(request);
        RequestListing listing = RequestListing.publish(request, tenant, place);
        em.persist(listing);
        return listing;
    }

    private void professionals(List<Place> places, LocalDate today) {
        Random random = new Random(20261203L);
        long population = places.stream().mapToLong(Place::population).sum();
        for (int i = 0; i < PROFESSIONALS; i++) {
            String account = i < 3 ? "pro" + (i + 1) : "demo-pro-" + i;
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            boolean central = i < CENTRAL.size();
            Place home = central ? named(places, CENTRAL.get(i)) : drawn(places, population, random);
            PmoLevel level = central ? PmoLevel.TACTICAL : PmoLevel.values()[random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
            ProfileDetails details = new ProfileDetails(name, name.split(" ")[0] + " Projectondersteuning", String.format("%08d", 30000000 + i * 7919),
                    level, home.id(), central ? 80 : 20 + random.nextInt(13) * 10, !central && random.nextInt(10) == 0,
                    BigDecimal.valueOf(central ? 85 + random.nextInt(26) : 65 + random.nextInt(76)).setScale(2),
                    today.plusDays(central ? random.nextInt(14) : random.nextInt(90) - 30L), central ? 32 : 16 + 4 * random.nextInt(7),
                    absences(i, central, today),
                    central ? controller(random) : skills(random), random.nextBoolean() ? "nl,en" : "nl", SECTORS.get(random.nextInt(SECTORS.size())),
                    random.nextBoolean() ? "PRINCE2 Practitioner" : "Professional Scrum Master I",
                    "Ervaren " + LEVELS.get(level.ordinal()) + " PMO'er in " + home.province() + ".", account + "@example.nl", null);
            Professional professional = Professional.signUp(account, details, home, KvkCheck.FORMAT_ONLY);
            if (i < 3 || random.nextInt(10) != 0) {
                professional.vet(true, "operator", clock.instant());
            }
            for (int r = random.nextInt(8); r > 0; r--) {
                professional.rated(3 + random.nextInt(3));
            }
            em.persist(professional);
        }
        LOG.info(() -> "Demo marketplace: " + PROFESSIONALS + " professionals");
    }

    /**
     * One in four of the professionals who are not in the demo's fixed cast plans two weeks away within the coming
     * months (drawn without the random numbers, so the rest of the demo stays as it was).
     */
    private static List<Absence> absences(int i, boolean central, LocalDate today) {
        if (i < 3 || central || i % 4 != 1) {
            return List.of();
        }
        LocalDate away = today.plusDays(7L + i % 120);
        return List.of(new Absence(away, away.plusDays(13)));
    }

    /** Controllers in the middle of the country: the demo request for a project controller finds a shortlist. */
    private static final List<String> CENTRAL = List.of("Utrecht", "Amersfoort", "Nieuwegein", "Zeist", "Houten", "Hilversum", "Amsterdam",
            "Woerden", "Veenendaal", "Culemborg", "Bunnik", "Maarssen");

    private static List<SkillClaim> controller(Random random) {
        return List.of(new SkillClaim(Skill.FINANCE, random.nextBoolean() ? SkillDepth.EXPERT : SkillDepth.EXPERIENCED),
                new SkillClaim(Skill.PRINCE2, SkillDepth.EXPERIENCED), new SkillClaim(Skill.REPORTING, SkillDepth.EXPERIENCED),
                new SkillClaim(random.nextBoolean() ? Skill.RISK : Skill.MS_PROJECT, SkillDepth.BASIC));
    }

    private static Place named(List<Place> places, String name) {
        return places.stream().filter(p -> p.name().equals(name)).findFirst().orElse(places.get(0));
    }

    /** A T-shape: one or two expert skills, a few experienced and basic ones. */
    private static List<SkillClaim> skills(Random random) {
        List<Skill> shuffled = new ArrayList<>(List.of(Skill.values()));
        Collections.shuffle(shuffled, random);
        int count = 4 + random.nextInt(5);
        List<SkillClaim> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SkillDepth depth = i < 1 + random.nextInt(2) ? SkillDepth.EXPERT : i < 4 ? SkillDepth.EXPERIENCED : SkillDepth.BASIC;
            claims.add(new SkillClaim(shuffled.get(i), depth));
        }
        return claims;
    }

    private static Place drawn(List<Place> places, long population, Random random) {
        long ticket = (long) (random.nextDouble() * population);
        for (Place place : places) {
            ticket -= place.population();
            if (ticket < 0) {
                return place;
            }
        }
        return places.get(0);
    }
}
