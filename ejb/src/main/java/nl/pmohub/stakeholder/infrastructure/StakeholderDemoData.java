package nl.pmohub.stakeholder.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;
import nl.pmohub.stakeholder.domain.Attitude;
import nl.pmohub.stakeholder.domain.Channel;
import nl.pmohub.stakeholder.domain.Communication;
import nl.pmohub.stakeholder.domain.CommunicationDetails;
import nl.pmohub.stakeholder.domain.EngagementLevel;
import nl.pmohub.stakeholder.domain.Frequency;
import nl.pmohub.stakeholder.domain.RaciRole;
import nl.pmohub.stakeholder.domain.RaciRow;
import nl.pmohub.stakeholder.domain.Stakeholder;
import nl.pmohub.stakeholder.domain.StakeholderDetails;
import nl.pmohub.stakeholder.domain.StakeholderGroup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Per active demo project: eight stakeholders spread over the four quadrants (internal and external, one blocker, some
 * engagement gaps), a RACI row per deliverable (the project manager accountable for most, the client for the last), and
 * a communication plan with one line late and a one-off that went out. Runs after planning, whose deliverables it reads.
 */
@Stateless
public class StakeholderDemoData extends DemoSeedOnce implements DemoSeed {

    private record Template(String name, String organisation, String role, StakeholderGroup group, int power, int interest, Attitude attitude,
                            EngagementLevel current, EngagementLevel desired, String approach) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Marieke Jansen", "Directie", "Opdrachtgever", StakeholderGroup.CLIENT, 5, 5, Attitude.CHAMPION,
                    EngagementLevel.LEADING, EngagementLevel.LEADING, "Stuurgroep voorzitten, besluiten over scope en budget"),
            new Template("Henk de Vries", "Financiën", "Controller", StakeholderGroup.INVESTOR, 4, 2, Attitude.NEUTRAL,
                    EngagementLevel.NEUTRAL, EngagementLevel.SUPPORTIVE, "Maandelijks de budgetprognose toelichten"),
            new Template("Fatima El Amrani", "Klantenservice", "Teamleider", StakeholderGroup.USER, 2, 5, Attitude.SUPPORTER,
                    EngagementLevel.SUPPORTIVE, EngagementLevel.SUPPORTIVE, "Key-user in de acceptatietest"),
            new Template("Bram Visser", "Ondernemingsraad", "Voorzitter", StakeholderGroup.USER, 4, 4, Attitude.CRITIC,
                    EngagementLevel.RESISTANT, EngagementLevel.NEUTRAL, "Vroeg betrekken; adviesaanvraag tijdig indienen"),
            new Template("Lotte Mulder", "ICT", "Architect", StakeholderGroup.EXPERT, 3, 4, Attitude.SUPPORTER,
                    EngagementLevel.SUPPORTIVE, EngagementLevel.LEADING, "Ontwerpbeslissingen samen nemen"),
            new Template("Kees Bos", "Bouwbedrijf Bos", "Accountmanager", StakeholderGroup.SUPPLIER, 2, 3, Attitude.NEUTRAL,
                    EngagementLevel.NEUTRAL, EngagementLevel.SUPPORTIVE, "Tweewekelijks leveringsoverleg"),
            new Template("Gemeente Utrecht", "Gemeente", "Vergunningverlener", StakeholderGroup.CLIENT, 4, 1, Attitude.BLOCKER,
                    EngagementLevel.UNAWARE, EngagementLevel.NEUTRAL, "Vooroverleg over de vergunning plannen"),
            new Template("Ruud Hendriks", "Facilitair", "Medewerker", StakeholderGroup.EXECUTOR, 1, 2, Attitude.NEUTRAL,
                    EngagementLevel.UNAWARE, EngagementLevel.NEUTRAL, "Nieuwsbrief volstaat"));

    @Inject
    ProjectPort portfolio;

    public StakeholderDemoData() {
        super("Stakeholder", 5);
    }

    @Override
    protected void seedEmpty(String tenant) {
        LocalDate today = LocalDate.now(clock);
        for (ProjectSummary project : portfolio.active()) {
            Map<String, UUID> ids = new HashMap<>();
            Stakeholder manager = Stakeholder.map(project.id(), new StakeholderDetails(project.manager(), "Projectbureau", "Projectmanager",
                    "", StakeholderGroup.PROJECT_MANAGER, 3, 5, Attitude.CHAMPION, EngagementLevel.LEADING, EngagementLevel.LEADING,
                    "Dagelijks aanspreekpunt"));
            em.persist(manager);
            for (Template t : TEMPLATES) {
                Stakeholder stakeholder = Stakeholder.map(project.id(), new StakeholderDetails(t.name(), t.organisation(), t.role(),
                        t.name().toLowerCase().replace(' ', '.') + "@example.nl", t.group(), t.power(), t.interest(), t.attitude(), t.current(),
                        t.desired(), t.approach()));
                em.persist(stakeholder);
                ids.put(t.role(), stakeholder.id());
            }
            List<UUID> deliverables = em.createQuery("select d.id from Deliverable d where d.projectId = :project order by d.startDate, d.name", UUID.class)
                    .setParameter("project", project.id()).getResultList();
            for (int i = 0; i < deliverables.size(); i++) {
                boolean last = i == deliverables.size() - 1;
                Map<UUID, RaciRole> roles = new HashMap<>();
                roles.put(manager.id(), last ? RaciRole.R : RaciRole.A);
                roles.put(ids.get("Opdrachtgever"), last ? RaciRole.A : RaciRole.I);
                roles.put(ids.get(i % 2 == 0 ? "Architect" : "Accountmanager"), RaciRole.R);
                roles.put(ids.get("Teamleider"), RaciRole.C);
                new RaciRow(deliverables.get(i), roles).assignments(project.id()).forEach(em::persist);
            }
            plan(project.id(), "Voortgangsrapportage", "Stuurgroep", Frequency.MONTHLY, Channel.REPORT, project.manager(), today.minusMonths(2),
                    today.minusMonths(1).minusDays(3), today);
            plan(project.id(), "Projectoverleg", "Projectteam", Frequency.WEEKLY, Channel.MEETING, project.manager(), today.minusWeeks(6),
                    today.minusDays(2), today);
            plan(project.id(), "Nieuwsbrief", "Gebruikers en ondernemingsraad", Frequency.MONTHLY, Channel.NEWSLETTER, "Fatima El Amrani",
                    today.plusDays(9), null, today);
            plan(project.id(), "Kick-off presentatie", "Alle betrokkenen", Frequency.ONCE, Channel.PRESENTATION, project.manager(),
                    today.minusMonths(3), today.minusMonths(3), today);
        }
    }

    private void plan(UUID project, String subject, String audience, Frequency frequency, Channel channel, String owner, LocalDate firstDue,
                      LocalDate lastDone, LocalDate today) {
        Communication communication = Communication.plan(project, new CommunicationDetails(subject, audience, frequency, channel, owner, firstDue));
        if (lastDone != null) {
            communication.wentOut(lastDone, today);
        }
        em.persist(communication);
    }
}
