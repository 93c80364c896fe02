package nl.pmohub.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.budget.application.BudgetOverview;
import nl.pmohub.budget.application.BudgetPort;
import nl.pmohub.budget.domain.EarnedValue;
import nl.pmohub.hours.application.LabourCosts;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.application.ProgressPort;
import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ReportFigures;
import nl.pmohub.reporting.domain.ReportItemKind;
import nl.pmohub.reporting.domain.ReportingPeriod;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a report's figures from the registers through their published ports, as they stand on a day:
 * earned value from the budget (this month's as of today, an earlier month's from its S-curve), approved
 * hours in the period and to date, milestones achieved in the period, due in the next one and missed, stages
 * in exception, and the risk register's slot. Everything is read as aggregates; nothing loads an hour entry.
 */
@ApplicationScoped
public class ReportFigureSource {

    /** Figures and the plan items they count. */
    public record Gathered(ReportFigures figures, List<PlanMention> mentions) {
    }

    @Inject
    BudgetPort budgets;

    @Inject
    LabourCosts labour;

    @Inject
    ProgressPort progress;

    @Inject
    OpenRisks risks;

    /**
     * @param next the period after the report's, whose milestones are "due"
     * @param asOf the day the figures stand on (today for a new draft; a period's end for history)
     */
    public Gathered gather(UUID projectId, ReportingPeriod period, ReportingPeriod next, LocalDate asOf) {
        BudgetOverview budget = budgets.overview(projectId);
        EarnedValue value = budget.earnedValueAt(YearMonth.from(asOf));
        List<PlanMention> mentions = new ArrayList<>();
        for (MilestoneSummary m : progress.milestones(projectId)) {
            boolean achievedByThen = m.achievedOn() != null && !m.achievedOn().isAfter(asOf);
            if (achievedByThen && period.contains(m.achievedOn())) {
                mentions.add(new PlanMention(ReportItemKind.MILESTONE_ACHIEVED, m.name(), m.achievedOn()));
            } else if (!achievedByThen && m.plannedDate().isBefore(asOf)) {
                mentions.add(new PlanMention(ReportItemKind.MILESTONE_MISSED, m.name(), m.plannedDate()));
            } else if (!achievedByThen && !m.plannedDate().isAfter(next.endDate())) {
                mentions.add(new PlanMention(ReportItemKind.MILESTONE_DUE, m.name(), m.plannedDate()));
            }
        }
        progress.stagesInException(projectId, asOf)
                .forEach(stage -> mentions.add(new PlanMention(ReportItemKind.STAGE_EXCEPTION, stage.name(), stage.endDate())));
        Optional<OpenRisks.RiskCount> open = risks.of(projectId);
        LocalDate last = period.endDate().isBefore(asOf) ? period.endDate() : asOf;
        ReportFigures figures = new ReportFigures(asOf, value.bac(), value.pv(), value.ev(), value.ac(), value.eac(), value.cpi(), value.spi(),
                labour.approvedHours(projectId, period.startDate(), last), labour.approvedHours(projectId, LocalDate.EPOCH, asOf),
                count(mentions, ReportItemKind.MILESTONE_ACHIEVED), count(mentions, ReportItemKind.MILESTONE_DUE),
                count(mentions, ReportItemKind.MILESTONE_MISSED), count(mentions, ReportItemKind.STAGE_EXCEPTION),
                open.map(OpenRisks.RiskCount::high).orElse(null), open.map(OpenRisks.RiskCount::medium).orElse(null),
                open.map(OpenRisks.RiskCount::low).orElse(null));
        return new Gathered(figures, mentions);
    }

    private static int count(List<PlanMention> mentions, ReportItemKind kind) {
        return (int) mentions.stream().filter(m -> m.kind() == kind).count();
    }
}
