package nl.pmohub.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.risk.application.HeatCell;
import nl.pmohub.risk.application.RiskService;
import nl.pmohub.risk.application.RiskSummary;

import java.util.List;

/**
 * The risks part of the tenant dashboard: the portfolio's heat map of open risks, its top risks and how many reviews
 * are overdue (fragment {@code WEB-INF/includes/risk-alerts.xhtml}).
 */
@Named
@ViewScoped
public class RiskAlertsView extends HeatMapView {

    private static final long serialVersionUID = 1L;
    /** The card lists the few highest. */
    static final int SHOWN = 5;

    @Inject
    transient RiskService risks;

    private List<HeatCell> cells;
    private List<RiskSummary> top;
    private Long overdue;

    @Override
    protected List<HeatCell> cells() {
        if (cells == null) {
            cells = risks.heatMap(null);
        }
        return cells;
    }

    public List<RiskSummary> getTop() {
        if (top == null) {
            top = risks.top(SHOWN);
        }
        return top;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = risks.countReviewsOverdue();
        }
        return overdue;
    }
}
