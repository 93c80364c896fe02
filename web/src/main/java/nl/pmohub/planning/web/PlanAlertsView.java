package nl.pmohub.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.Deadline;
import nl.pmohub.planning.application.MilestoneService;
import nl.pmohub.planning.application.StageInException;
import nl.pmohub.planning.application.StageService;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

/**
 * The planning part of the tenant dashboard: milestones due soon or missed, and stages in exception
 * across the portfolio. A part of its own (fragment {@code WEB-INF/includes/plan-alerts.xhtml}), so
 * the portfolio's dashboard knows nothing of planning. Request-scoped and read when rendered, so a
 * project closed or reopened on the dashboard shows at once when the {@code dashboard-part}s are redrawn.
 */
@Named
@RequestScoped
public class PlanAlertsView {
    /** How far ahead the dashboard looks for deadlines. */
    static final int DEADLINE_DAYS = 14;
    static final int DEADLINES_SHOWN = 8;

    @Inject
    Clock clock;

    @Inject
    MilestoneService milestones;

    @Inject
    StageService stages;

    private List<Deadline> deadlines;
    private List<StageInException> exceptions;


    /** Days a stage in exception ends after its baseline end, or (if still running past it) today lies after it. */
    public long daysLate(StageInException exception) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = exception.endDate().isAfter(today) ? exception.endDate() : today;
        return ChronoUnit.DAYS.between(exception.baselineEnd(), end);
    }

    public String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    public boolean isMissed(Deadline deadline) {
        return deadline.isMissed(LocalDate.now(clock));
    }

    public int getDeadlineDays() {
        return DEADLINE_DAYS;
    }

    public List<Deadline> getDeadlines() {
        if (deadlines == null) {
            List<Deadline> due = milestones.deadlines(DEADLINE_DAYS);
            deadlines = due.subList(0, Math.min(due.size(), DEADLINES_SHOWN));
        }
        return deadlines;
    }

    public List<StageInException> getExceptions() {
        if (exceptions == null) {
            exceptions = stages.exceptions();
        }
        return exceptions;
    }
}
