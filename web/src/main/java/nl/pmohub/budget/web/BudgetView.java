package nl.pmohub.budget.web;

import java.util.List;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.budget.application.Rebaseline;
import nl.pmohub.budget.application.BaselinePlan;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.budget.application.BudgetLineSummary;
import nl.pmohub.budget.application.BudgetOverview;
import nl.pmohub.budget.application.BudgetService;
import nl.pmohub.budget.application.CategoryTotal;
import nl.pmohub.budget.application.CostSummary;
import nl.pmohub.budget.application.CurvePoint;
import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.LanguageView;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The budget part of the project page: earned value today, the S-curve, budget against actual per category,
 * the lines and the latest costs, with dialogs to plan a line and book a cost.
 */
@Named
@ViewScoped
public class BudgetView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PV_COLOUR = "#455a64";
    private static final String EV_COLOUR = "#1b5e20";
    private static final String AC_COLOUR = "#b71c1c";
    private static final String BUDGET_COLOUR = "#90a4ae";
    private static final String BASELINE_COLOUR = "#9e9e9e";

    @Inject
    Clock clock;

    @Inject
    transient BudgetService budgets;

    @Inject
    CurrentProject current;

    @Inject
    LanguageView language;

    private static final String OVERVIEW = BudgetView.class.getName() + ".overview";
    private BudgetLineForm line = new BudgetLineForm();
    private CostForm cost = new CostForm();
    private String rebaselineReason;

    /**
     * Read once per request, not kept in the view: other parts change what it shows (a contract's value is
     * committed budget) and redraw it by its style class.
     */
    public BudgetOverview getOverview() {
        return (BudgetOverview) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(OVERVIEW, key -> budgets.overview(current.getId()));
    }

    private static void changed() {
        FacesContext.getCurrentInstance().getAttributes().remove(OVERVIEW);
    }

    public void startLine() {
        line = BudgetLineForm.over(current.getDetails().startDate(), current.getDetails().endDate());
    }

    public void saveLine() {
        BudgetLineSummary planned = budgets.plan(current.getId(), line.toDetails());
        Messages.info("budget.linePlanned", planned.description());
        changed();
    }

    public void removeLine(BudgetLineSummary summary) {
        budgets.removeLine(current.getId(), summary.id(), summary.version());
        Messages.info("budget.lineRemoved", summary.description());
        changed();
    }

    /** Project managers and administrators baseline the budget (they answer to the board for it). */
    public boolean isRebaseliner() {
        ExternalContext user = FacesContext.getCurrentInstance().getExternalContext();
        return user.isUserInRole(Roles.PM) || user.isUserInRole(Roles.TENANT_ADMIN);
    }

    public void rebaseline() {
        BaselinePlan taken = budgets.rebaseline(current.getId(), new Rebaseline(rebaselineReason));
        Messages.info("budget.rebaselined", taken.number());
        rebaselineReason = null;
        changed();
    }

    public String getRebaselineReason() {
        return rebaselineReason;
    }

    public void setRebaselineReason(String rebaselineReason) {
        this.rebaselineReason = rebaselineReason;
    }

    public void startCost() {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = current.getDetails().endDate();
        cost = CostForm.on(today.isAfter(end) ? end : today);
    }

    public void saveCost() {
        CostSummary booked = budgets.book(current.getId(), cost.toDetails());
        Messages.info("budget.costBooked", booked.description());
        changed();
    }

    public void removeCost(CostSummary summary) {
        budgets.removeCost(current.getId(), summary.id(), summary.version());
        Messages.info("budget.costRemoved", summary.description());
        changed();
    }

    public BudgetCategory[] getCategories() {
        return BudgetCategory.values();
    }

    /** Chart.js configuration of the S-curve: cumulative planned value, earned value and actual cost per month. */
    public String getCurveChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (CurvePoint point : getOverview().curve()) {
            labels.add(point.month().toString());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(series("budget.chart.pv", CurvePoint::plannedValue, PV_COLOUR).add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                                .add(series("budget.chart.ev", CurvePoint::earnedValue, EV_COLOUR))
                                .add(series("budget.chart.ac", CurvePoint::actualCost, AC_COLOUR))
                                .addAll(earlierBaselines())))
                .add("options", options())
                .build().toString();
    }

    /** Each baseline before the latest as a thin grey line of its cumulative plan: how the plan moved. */
    private JsonArrayBuilder earlierBaselines() {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        List<BaselinePlan> baselines = getOverview().baselines();
        for (BaselinePlan baseline : baselines.subList(0, Math.max(0, baselines.size() - 1))) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            BigDecimal cumulative = BigDecimal.ZERO;
            for (CurvePoint point : getOverview().curve()) {
                cumulative = cumulative.add(baseline.planned().getOrDefault(point.month(), BigDecimal.ZERO));
                data.add(cumulative);
            }
            lines.add(Json.createObjectBuilder().add("label", Messages.text("budget.chart.baseline", baseline.number())).add("data", data)
                    .add("borderColor", BASELINE_COLOUR).add("backgroundColor", BASELINE_COLOUR).add("borderWidth", 1).add("pointRadius", 0)
                    .add("borderDash", Json.createArrayBuilder().add(2).add(3)).add("fill", false));
        }
        return lines;
    }

    /** Chart.js configuration of budget against actual cost per category. */
    public String getCategoryChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder budget = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        for (CategoryTotal total : getOverview().categories()) {
            labels.add(Messages.text("category." + total.category()));
            budget.add(total.budget());
            actual.add(total.actual());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("budget.chart.budget")).add("data", budget).add("backgroundColor", BUDGET_COLOUR))
                                .add(Json.createObjectBuilder().add("label", Messages.text("budget.chart.actual")).add("data", actual).add("backgroundColor", AC_COLOUR))))
                .add("options", options().add("indexAxis", "y"))
                .build().toString();
    }

    private JsonObjectBuilder series(String label, Function<CurvePoint, BigDecimal> value, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (CurvePoint point : getOverview().curve()) {
            BigDecimal amount = value.apply(point);
            if (amount == null) {
                data.addNull();
            } else {
                data.add(amount);
            }
        }
        return Json.createObjectBuilder().add("label", Messages.text(label)).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("pointRadius", 2).add("fill", false).add("spanGaps", false);
    }

    /** Common chart options; numbers on the axes in the page's language (1.000.000 in Dutch). */
    private JsonObjectBuilder options() {
        return Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("locale", language.getTag())
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }

    /** Style class of an index: good at 1 or above, a warning just below, bad further below; none without a value. */
    public String indexClass(BigDecimal index) {
        if (index == null) {
            return "index-none";
        }
        return index.compareTo(BigDecimal.ONE) >= 0 ? "index-good" : index.compareTo(new BigDecimal("0.90")) >= 0 ? "index-warn" : "index-bad";
    }

    public BudgetLineForm getLine() {
        return line;
    }

    public CostForm getCost() {
        return cost;
    }
}
