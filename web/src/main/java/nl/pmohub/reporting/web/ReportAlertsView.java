package nl.pmohub.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.reporting.application.OverdueReport;
import nl.pmohub.reporting.application.ProgressReportService;
import nl.pmohub.reporting.application.ReportSummary;

import java.util.List;

/**
 * The reports part of the tenant dashboard: projects whose report is overdue (the longest late first), and
 * for the PMO and administrators the reports waiting for their decision (fragment
 * {@code WEB-INF/includes/report-alerts.xhtml}).
 */
@Named
@RequestScoped
public class ReportAlertsView {

    /** The card shows the most overdue few; the count says how many there are. */
    static final int SHOWN = 6;

    @Inject
    ProgressReportService reports;

    private List<OverdueReport> overdue;
    private List<ReportSummary> waiting;

    private List<OverdueReport> all() {
        if (overdue == null) {
            overdue = reports.overdue();
        }
        return overdue;
    }

    public List<OverdueReport> getOverdue() {
        return all().subList(0, Math.min(SHOWN, all().size()));
    }

    public int getMore() {
        return Math.max(0, all().size() - SHOWN);
    }

    public boolean isDecider() {
        return reports.mayDecide();
    }

    /** Handed-in reports waiting for a decision (deciders only). */
    public List<ReportSummary> getWaiting() {
        if (waiting == null) {
            waiting = isDecider() ? reports.awaitingDecision() : List.of();
        }
        return waiting;
    }
}
