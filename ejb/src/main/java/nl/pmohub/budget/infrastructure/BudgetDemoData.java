package nl.pmohub.budget.infrastructure;

import java.util.TreeMap;
import java.util.Map;
import java.util.ArrayList;
import nl.pmohub.budget.domain.BudgetBaseline;
import nl.pmohub.budget.application.BudgetOverview;
import nl.pmohub.budget.application.BudgetLineSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.BudgetLine;
import nl.pmohub.budget.domain.BudgetLineDetails;
import nl.pmohub.budget.domain.CostDetails;
import nl.pmohub.budget.domain.CostEntry;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Budgets of the active demo projects: the project's budget split over five lines (labour over the whole
 * project, external hire in its first two thirds, materials in the middle, licences at the start, other
 * costs throughout) and a monthly invoice for hire and materials in each month gone by — over plan on red
 * projects, a little under on green ones, so the earned value figures differ. Labour comes from the demo hours.
 * Does nothing when the tenant has budget lines already.
 */
@Stateless
public class BudgetDemoData extends DemoSeedOnce implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(BudgetDemoData.class.getName());

    /** A line's share of the project budget and which part of the project's months it covers. */
    private record Share(BudgetCategory category, String description, String percent, double from, double to) {
    }

    private static final List<Share> SHARES = List.of(
            new Share(BudgetCategory.INTERNAL_LABOUR, "Projectteam en werkvoorbereiding", "30", 0, 1),
            new Share(BudgetCategory.EXTERNAL_HIRE, "Ingehuurde specialisten en adviseurs", "25", 0, 0.66),
            new Share(BudgetCategory.MATERIALS, "Materialen en onderaanneming", "35", 0.2, 0.9),
            new Share(BudgetCategory.LICENCES, "Softwarelicenties", "3", 0, 0),
            new Share(BudgetCategory.OTHER, "Onvoorzien en overige kosten", "7", 0, 1));

    @Inject
    ProjectPort portfolio;

    public BudgetDemoData() {
        super("BudgetLine", 4);
    }

    @Override
    protected void seedEmpty(String tenant) {
        YearMonth now = YearMonth.now(clock);
        int lines = 0;
        boolean baselined = false;
        for (ProjectSummary details : portfolio.active()) {
            if (details.budget() == null || details.budget().signum() == 0) {
                continue;
            }
            YearMonth first = YearMonth.from(details.startDate());
            int months = (int) first.until(YearMonth.from(details.endDate()), ChronoUnit.MONTHS) + 1;
            List<BudgetLineSummary> planned = new ArrayList<>();
            BigDecimal overrun = details.status() == RagStatus.RED ? new BigDecimal("1.25") : details.status() == RagStatus.AMBER ? new BigDecimal("1.08") : new BigDecimal("0.95");
            for (Share share : SHARES) {
                YearMonth from = first.plusMonths(Math.round(share.from() * (months - 1)));
                YearMonth to = first.plusMonths(Math.round(share.to() * (months - 1)));
                BigDecimal amount = details.budget().multiply(new BigDecimal(share.percent())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                BudgetLine line = BudgetLine.plan(details.id(), new BudgetLineDetails(share.category(), share.description(), amount, from, to), details);
                em.persist(line);
                planned.add(new BudgetLineSummary(line.id(), details.id(), share.category(), share.description(), amount, from.atDay(1), to.atDay(1), 0));
                lines++;
                if (share.category() == BudgetCategory.EXTERNAL_HIRE || share.category() == BudgetCategory.MATERIALS) {
                    invoices(details, share, amount, from, to, now, overrun);
                }
            }
            if (!baselined) {
                baselines(details, planned);
                baselined = true;
            }
        }
        int count = lines;
        LOG.info(() -> "Demo budgets for " + tenant + ": " + count + " lines");
    }

    /**
     * The first project was baselined twice: its plan at the start (a tenth smaller) and again when a change
     * request added the rest, which is the plan now.
     */
    private void baselines(ProjectSummary project, List<BudgetLineSummary> lines) {
        Map<YearMonth, BigDecimal> now = BudgetOverview.plannedByMonth(lines);
        Map<YearMonth, BigDecimal> start = new TreeMap<>();
        now.forEach((month, amount) -> start.put(month, amount.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP)));
        em.persist(BudgetBaseline.take(project.id(), 1, "Projectplan vastgesteld door de stuurgroep", "pm", start));
        em.persist(BudgetBaseline.take(project.id(), 2, "Wijzigingsverzoek 2 goedgekeurd: extra installatiewerk", "pm", now));
    }

    /** One invoice on the 25th of each month of the line that has gone by, at the line's monthly plan times the overrun. */
    private void invoices(ProjectSummary project, Share share, BigDecimal amount, YearMonth from, YearMonth to, YearMonth now, BigDecimal overrun) {
        int months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        BigDecimal monthly = amount.multiply(overrun).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
        String supplier = share.category() == BudgetCategory.MATERIALS ? "Bouwmaterialen Midden B.V." : "Interim Adviesgroep Utrecht";
        for (YearMonth month = from; month.isBefore(now) && !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(25);
            if (!day.isAfter(project.endDate()) && !day.isBefore(project.startDate()) && monthly.signum() > 0) {
                em.persist(CostEntry.book(project.id(), new CostDetails(share.category(), day, monthly,
                        "Factuur " + month + " " + share.description().toLowerCase(Locale.ROOT), supplier), project));
            }
        }
    }
}
