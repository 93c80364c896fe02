package nl.pmohub.meeting.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.meeting.domain.ActionDetails;
import nl.pmohub.meeting.domain.ActionItem;
import nl.pmohub.meeting.domain.Agenda;
import nl.pmohub.meeting.domain.AgendaItem;
import nl.pmohub.meeting.domain.AgendaItemDetails;
import nl.pmohub.meeting.domain.Attendee;
import nl.pmohub.meeting.domain.Decision;
import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.meeting.domain.Lesson;
import nl.pmohub.meeting.domain.LessonDetails;
import nl.pmohub.meeting.domain.Meeting;
import nl.pmohub.meeting.domain.MeetingDetails;
import nl.pmohub.meeting.domain.Origin;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Per active demo project: last fortnight's project meeting with its agenda, minutes, attendance (the project's first
 * stakeholders, one absent), two decisions and three actions (one overdue for the demo project manager, one open for the
 * demo PMO officer, one done), a steering-group meeting still to come with its agenda, a decision taken outside a
 * meeting, and two lessons learned. Owners carry the demo users' full names, so their dashboard cards show actions.
 * Runs after the stakeholder map, whose stakeholders it invites.
 */
@Stateless
public class MeetingDemoData extends DemoSeedOnce implements DemoSeed {

    /** The full names of the demo realms' project manager and PMO officer (config/keycloak/*-realm.json). */
    private static final Map<String, List<String>> DEMO_USERS = Map.of(
            "acme", List.of("Joost van den Berg", "Femke Visser"),
            "globex", List.of("Daan Mulder", "Ingrid Hendriks"));

    @Inject
    ProjectPort portfolio;

    public MeetingDemoData() {
        super("Meeting", 6);
    }

    @Override
    protected void seedEmpty(String tenant) {
        LocalDate today = LocalDate.now(clock);
        List<String> users = DEMO_USERS.getOrDefault(tenant, List.of("pm", "pmo"));
        for (ProjectSummary project : portfolio.active()) {
            UUID id = project.id();
            Meeting meeting = Meeting.schedule(id, new MeetingDetails("Projectoverleg " + project.code(), today.minusDays(12).atTime(LocalTime.of(10, 0)),
                    "Vergaderzaal De Dom, Utrecht", project.manager()));
            em.persist(meeting);
            Agenda agenda = new Agenda(meeting.id(), List.of());
            AgendaItem opening = agenda.add(new AgendaItemDetails("Opening en notulen vorig overleg", project.manager(),
                    "De notulen van het vorige overleg zijn ongewijzigd vastgesteld."));
            AgendaItem progress = agenda.add(new AgendaItemDetails("Voortgang en planning", users.get(1),
                    "De planning loopt twee weken achter door late levering van de installaties. De leverancier heeft een herstelplan toegezegd."));
            AgendaItem permit = agenda.add(new AgendaItemDetails("Vergunning en omgeving", "Gemeente Utrecht",
                    "De gemeente vraagt aanvullende gegevens voor de vergunning. Gesproken over het splitsen van de aanvraag in twee fasen."));
            AgendaItem other = agenda.add(new AgendaItemDetails("Rondvraag en sluiting", project.manager(), "Geen punten voor de rondvraag."));
            List.of(opening, progress, permit, other).forEach(em::persist);
            List<Object[]> stakeholders = em.createQuery("select s.id, s.name from Stakeholder s where s.projectId = :project order by s.power desc, s.name",
                    Object[].class).setParameter("project", id).setMaxResults(5).getResultList();
            for (int i = 0; i < stakeholders.size(); i++) {
                em.persist(Attendee.of(meeting.id(), (UUID) stakeholders.get(i)[0], (String) stakeholders.get(i)[1], i != 3));
            }
            em.persist(Decision.record(id, Origin.of(meeting.id(), permit.id()), new DecisionDetails(
                    "De vergunning wordt in twee fasen aangevraagd: eerst sloop, daarna nieuwbouw",
                    "Zo kan de sloop drie maanden eerder beginnen en blijft de kritieke planning haalbaar.",
                    "Eén integrale aanvraag (later starten); sloop uitstellen tot na de zomer.", "Stuurgroep", today.minusDays(12))));
            em.persist(Decision.record(id, Origin.of(meeting.id(), progress.id()), new DecisionDetails(
                    "De leverancier krijgt twee weken uitstel onder voorwaarde van een herstelplan",
                    "Overstappen kost meer tijd dan het uitstel; het herstelplan maakt de vertraging meetbaar.",
                    "Boete opleggen volgens contract; andere leverancier inschakelen.", project.manager(), today.minusDays(12))));
            em.persist(ActionItem.agree(id, Origin.of(meeting.id(), permit.id()),
                    new ActionDetails("Aanvraag vergunning fase 1 (sloop) indienen", users.get(0), today.minusDays(3))));
            em.persist(ActionItem.agree(id, Origin.of(meeting.id(), progress.id()),
                    new ActionDetails("Planning bijwerken met het herstelplan van de leverancier", users.get(1), today.plusDays(6))));
            ActionItem minutes = ActionItem.agree(id, Origin.of(meeting.id(), other.id()),
                    new ActionDetails("Notulen rondsturen aan de deelnemers", project.manager(), today.minusDays(10)));
            minutes.done(today.minusDays(11));
            em.persist(minutes);

            Meeting steering = Meeting.schedule(id, new MeetingDetails("Stuurgroep " + project.code(), today.plusDays(9).atTime(LocalTime.of(14, 30)),
                    "Microsoft Teams", "Marieke Jansen"));
            em.persist(steering);
            Agenda steeringAgenda = new Agenda(steering.id(), List.of());
            em.persist(steeringAgenda.add(new AgendaItemDetails("Voortgangsrapportage", project.manager(), "")));
            em.persist(steeringAgenda.add(new AgendaItemDetails("Besluit inzet onvoorziene post", "Henk de Vries", "")));
            if (!stakeholders.isEmpty()) {
                em.persist(Attendee.of(steering.id(), (UUID) stakeholders.get(0)[0], (String) stakeholders.get(0)[1], true));
            }

            em.persist(Decision.record(id, Origin.NONE, new DecisionDetails("Overschrijding van de installatiekosten wordt gedekt uit de onvoorziene post",
                    "De overschrijding (12 %) valt binnen de tolerantie van de fase; de business case blijft positief.",
                    "Scope versoberen; extra budget vragen aan de directie.", "Stuurgroep", today.minusDays(30))));
            em.persist(Lesson.learn(id, new LessonDetails(
                    "De vergunningaanvraag is pas na het definitief ontwerp gestart en kostte zes weken vertraging.",
                    "Vooroverleg met de gemeente kan al in de schetsontwerpfase; de gemeente denkt dan mee.",
                    "Plan het vooroverleg over vergunningen in de eerste maand van elk bouwproject.", "Planning"), today.minusDays(20)));
            em.persist(Lesson.learn(id, new LessonDetails(
                    "Key-users werden pas bij de acceptatietest betrokken en vonden toen pas ontbrekende functies.",
                    "Gebruikers vroeg laten meekijken voorkomt herstelwerk aan het einde.",
                    "Laat key-users elke sprintreview bijwonen en leg hun feedback vast als backlog-items.", "Stakeholders"), today.minusDays(45)));
        }
    }
}
