package nl.pmohub.reporting.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.application.ReportFigureSource;
import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ProgressReport;
import nl.pmohub.reporting.domain.ReportCadence;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.reporting.domain.ReportFigures;
import nl.pmohub.reporting.domain.ReportItemKind;
import nl.pmohub.reporting.domain.ReportSchedule;
import nl.pmohub.reporting.domain.ReportingPeriod;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Report history for every active demo project: a cadence (most monthly, one biweekly, one weekly) and up to
 * six approved reports, each with the registers' figures as they stood two days after its period, written by
 * {@code pm} and approved by {@code pmo}. The first project's latest report waits for a decision, another's
 * was returned with a comment, one stopped reporting two periods ago (the dashboard flags it) and one period
 * has a second revision. Does nothing when the tenant has reports already.
 */
@Stateless
public class ReportingDemoData extends DemoSeedOnce implements DemoSeed {

    private static final int HISTORY = 6;
    private static final String AUTHOR = "pm";
    private static final String APPROVER = "pmo";

    @Inject
    ProjectPort portfolio;

    @Inject
    ReportFigureSource figures;

    public ReportingDemoData() {
        super("ProgressReport", 6);
    }

    @Override
    protected void seedEmpty(String tenant) {
        LocalDate today = LocalDate.now(clock);
        List<ProjectSummary> projects = portfolio.active();
        for (int i = 0; i < projects.size(); i++) {
            ProjectSummary project = projects.get(i);
            ReportCadence cadence = i == 1 ? ReportCadence.BIWEEKLY : i == 2 ? ReportCadence.WEEKLY : ReportCadence.MONTHLY;
            em.persist(ReportSchedule.of(project.id(), cadence));
            List<ReportingPeriod> periods = pastPeriods(cadence, project.startDate(), today, i == 3 ? 2 : 0);
            for (int p = 0; p < periods.size(); p++) {
                boolean latest = p == periods.size() - 1;
                Stage stage = latest && i == 0 ? Stage.SUBMITTED : latest && i == 4 ? Stage.RETURNED : Stage.APPROVED;
                ProgressReport report = report(project, periods.get(p), cadence, today, p, stage);
                if (i == 1 && p == periods.size() - 2) {
                    revise(report, periods.get(p));
                }
            }
        }
    }

    private enum Stage { SUBMITTED, RETURNED, APPROVED }

    /** The ended periods to report on, oldest first, leaving out the {@code skipLatest} most recent ones. */
    private static List<ReportingPeriod> pastPeriods(ReportCadence cadence, LocalDate start, LocalDate today, int skipLatest) {
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod period = cadence.periodOf(cadence.periodOf(today, start).startDate().minusDays(1), start);
        for (int k = 0; k < skipLatest; k++) {
            period = cadence.periodOf(period.startDate().minusDays(1), start);
        }
        while (periods.size() < HISTORY && !period.endDate().isBefore(start)) {
            periods.add(period);
            period = cadence.periodOf(period.startDate().minusDays(1), start);
        }
        Collections.reverse(periods);
        return periods;
    }

    private ProgressReport report(ProjectSummary project, ReportingPeriod period, ReportCadence cadence, LocalDate today, int index, Stage stage) {
        LocalDate asOf = period.endDate().plusDays(2).isAfter(today) ? today : period.endDate().plusDays(2);
        ReportFigureSource.Gathered gathered = figures.gather(project.id(), period, cadence.after(period, project.startDate()), asOf);
        ProgressReport report = ProgressReport.draft(project.id(), period, AUTHOR, gathered.figures(), gathered.mentions());
        report.edit(content(gathered.figures(), gathered.mentions(), index));
        report.submit(AUTHOR, asOf.atTime(9, 30).toInstant(ZoneOffset.UTC));
        switch (stage) {
            case APPROVED -> report.approve(APPROVER, asOf.plusDays(1).atTime(14, 0).toInstant(ZoneOffset.UTC));
            case RETURNED -> report.returnToAuthor(APPROVER, "Graag de oorzaak van de vertraging en de herstelmaatregelen toelichten.",
                    asOf.plusDays(1).atTime(14, 0).toInstant(ZoneOffset.UTC));
            case SUBMITTED -> { }
        }
        em.persist(report); // in its final state: Hibernate inserts the state of persist time, and two drafts may not exist at once
        return report;
    }

    private void revise(ProgressReport approved, ReportingPeriod period) {
        ProgressReport revision = approved.revise(AUTHOR);
        ReportContent c = revision.content();
        revision.edit(new ReportContent(c.overall(), c.scope(), c.time(), c.cost(), c.quality(), c.risk(),
                c.achieved() + "\nCorrectie: de opleverdatum van het testrapport was 3 dagen later dan eerder gemeld.", c.plannedNext(),
                c.issues(), c.decisionsNeeded()));
        LocalDate day = period.endDate().plusDays(6);
        revision.submit(AUTHOR, day.atTime(10, 0).toInstant(ZoneOffset.UTC));
        revision.approve(APPROVER, day.atTime(16, 0).toInstant(ZoneOffset.UTC));
        em.persist(revision);
    }

    private static ReportContent content(ReportFigures f, List<PlanMention> mentions, int index) {
        RagStatus time = f.suggestedTime();
        RagStatus cost = f.suggestedCost();
        RagStatus risk = index % 3 == 2 ? RagStatus.AMBER : RagStatus.GREEN;
        RagStatus quality = index % 4 == 3 ? RagStatus.AMBER : RagStatus.GREEN;
        ReportContent draft = new ReportContent(RagStatus.GREEN, RagStatus.GREEN, time, cost, quality, risk, "", "", "", "");
        String achieved = names(mentions, ReportItemKind.MILESTONE_ACHIEVED);
        String due = names(mentions, ReportItemKind.MILESTONE_DUE);
        String missed = names(mentions, ReportItemKind.MILESTONE_MISSED);
        boolean trouble = draft.worstDimension() != RagStatus.GREEN;
        return new ReportContent(draft.worstDimension(), draft.scope(), time, cost, quality, risk,
                achieved.isEmpty() ? "Werkzaamheden volgens planning voortgezet; ontwerp en uitvoering lopen parallel." : "Behaald: " + achieved + ".",
                due.isEmpty() ? "Afronden lopende werkpakketten en voorbereiden volgende fase." : "Verwacht: " + due + ".",
                trouble ? (missed.isEmpty() ? "Enkele werkpakketten lopen achter; herplanning in overleg met de leveranciers." : "Gemist: " + missed
                        + ". Herplanning wordt voorbereid.") : "",
                trouble ? "Akkoord gevraagd op de herplanning en de inzet van extra capaciteit." : "");
    }

    private static String names(List<PlanMention> mentions, ReportItemKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).map(PlanMention::label).collect(Collectors.joining(", "));
    }
}
