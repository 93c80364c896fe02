package nl.pmohub.portfolio.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.pmohub.portfolio.application.ProjectRepository;
import nl.pmohub.portfolio.application.ProjectFilter;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.domain.PageRequest;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo projects: a Dutch construction firm (acme) and a care organisation (globex), with every method,
 * every RAG status and a few closed projects, so the dashboard's list, filters and chart show something.
 * Dates are relative to today so the demo never looks stale.
 */
@Stateless
public class PortfolioDemoData implements DemoSeed {

    @Inject
    Clock clock;

    private record Demo(String code, String name, ProjectMethod method, String manager, int startMonths, int months,
                        RagStatus status, long budget, boolean closed) {
    }

    private static final List<Demo> ACME = List.of(
            new Demo("ACM-101", "Renovatie hoofdkantoor Utrecht", ProjectMethod.PRINCE2, "Priya Mahabier", -8, 14, RagStatus.AMBER, 2_400_000, false),
            new Demo("ACM-102", "Nieuwbouw brede school Amersfoort", ProjectMethod.PRINCE2, "Jan Bakker", -14, 24, RagStatus.GREEN, 6_800_000, false),
            new Demo("ACM-103", "BIM-implementatie werkvoorbereiding", ProjectMethod.SCRUM, "Sophie de Wit", -5, 10, RagStatus.GREEN, 350_000, false),
            new Demo("ACM-104", "Verduurzaming woningvoorraad Zeist", ProjectMethod.HYBRID, "Priya Mahabier", -3, 18, RagStatus.RED, 4_100_000, false),
            new Demo("ACM-105", "Lean bouwplaatslogistiek", ProjectMethod.KANBAN, "Kees Visser", -6, 9, RagStatus.GREEN, 180_000, false),
            new Demo("ACM-106", "ERP-migratie financiële administratie", ProjectMethod.PRINCE2, "Fatima Bouzid", -10, 12, RagStatus.AMBER, 920_000, false),
            new Demo("ACM-107", "Veiligheidscultuur op de bouwplaats (VCA)", ProjectMethod.KANBAN, "Kees Visser", -2, 6, RagStatus.GREEN, 75_000, false),
            new Demo("ACM-108", "Brug A12 groot onderhoud", ProjectMethod.PRINCE2, "Jan Bakker", -20, 26, RagStatus.RED, 9_500_000, false),
            new Demo("ACM-109", "Klantportaal opdrachtgevers", ProjectMethod.SCRUM, "Sophie de Wit", -4, 8, RagStatus.AMBER, 260_000, false),
            new Demo("ACM-110", "Stikstofberekeningen vergunningen", ProjectMethod.HYBRID, "Fatima Bouzid", -1, 7, RagStatus.GREEN, 140_000, false),
            new Demo("ACM-111", "Circulair slopen pilot Nieuwegein", ProjectMethod.KANBAN, "Kees Visser", -9, 6, RagStatus.GREEN, 95_000, true),
            new Demo("ACM-112", "Datacenter Almere fase 1", ProjectMethod.PRINCE2, "Priya Mahabier", -30, 20, RagStatus.GREEN, 12_000_000, true),
            new Demo("ACM-113", "Digitale bouwtekeningen archief", ProjectMethod.SCRUM, "Sophie de Wit", -16, 9, RagStatus.AMBER, 210_000, true),
            new Demo("ACM-114", "Inkoopproces onderaannemers", ProjectMethod.HYBRID, "Fatima Bouzid", 1, 8, RagStatus.GREEN, 120_000, false));

    private static final List<Demo> GLOBEX = List.of(
            new Demo("GLX-201", "Elektronisch patiëntendossier vervanging", ProjectMethod.PRINCE2, "Marloes Smit", -12, 24, RagStatus.AMBER, 3_200_000, false),
            new Demo("GLX-202", "Zorgroosters met AI-ondersteuning", ProjectMethod.SCRUM, "Daan Hendriks", -6, 12, RagStatus.GREEN, 450_000, false),
            new Demo("GLX-203", "Verhuizing polikliniek Leiden", ProjectMethod.PRINCE2, "Marloes Smit", -4, 10, RagStatus.RED, 1_700_000, false),
            new Demo("GLX-204", "Wachttijden GGZ terugdringen", ProjectMethod.KANBAN, "Noor Yilmaz", -7, 12, RagStatus.AMBER, 300_000, false),
            new Demo("GLX-205", "Thuismonitoring hartfalen", ProjectMethod.HYBRID, "Daan Hendriks", -2, 14, RagStatus.GREEN, 820_000, false),
            new Demo("GLX-206", "NEN 7510 certificering", ProjectMethod.PRINCE2, "Noor Yilmaz", -9, 11, RagStatus.GREEN, 160_000, false),
            new Demo("GLX-207", "Medicatieveiligheid apotheek", ProjectMethod.KANBAN, "Marloes Smit", -18, 12, RagStatus.GREEN, 230_000, true),
            new Demo("GLX-208", "Energiebesparing ziekenhuisgebouwen", ProjectMethod.HYBRID, "Daan Hendriks", 2, 18, RagStatus.GREEN, 2_100_000, false));

    @Inject
    ProjectRepository projects;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(String tenant) {
        List<Demo> demos = switch (tenant) {
            case "acme" -> ACME;
            case "globex" -> GLOBEX;
            default -> List.of();
        };
        if (demos.isEmpty() || projects.list(ProjectFilter.ALL, PageRequest.first(1)).total() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock).withDayOfMonth(1);
        for (Demo demo : demos) {
            LocalDate start = today.plusMonths(demo.startMonths());
            Project project = Project.start(new ProjectDetails(demo.code(), demo.name(), null, demo.method(), demo.manager(),
                    start, start.plusMonths(demo.months()).minusDays(1), demo.status(), BigDecimal.valueOf(demo.budget())));
            if (demo.closed()) {
                project.close(start.plusMonths(demo.months()).minusDays(1));
            }
            projects.add(project);
        }
    }
}
