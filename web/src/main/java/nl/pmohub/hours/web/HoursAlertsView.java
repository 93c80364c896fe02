package nl.pmohub.hours.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.hours.application.TimesheetService;
import nl.pmohub.hours.application.TimesheetSummary;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;

import java.time.LocalDate;

/**
 * The hours part of the tenant dashboard, for project managers and administrators: how many handed-in weeks
 * wait for a decision and since when (fragment {@code WEB-INF/includes/hours-alerts.xhtml}).
 */
@Named
@RequestScoped
public class HoursAlertsView {

    @Inject
    TimesheetService timesheets;

    private Page<TimesheetSummary> waiting;

    public boolean isShown() {
        return timesheets.mayApprove();
    }

    private Page<TimesheetSummary> waiting() {
        if (waiting == null) {
            waiting = timesheets.toApprove(PageRequest.first(1));
        }
        return waiting;
    }

    public long getWaitingWeeks() {
        return waiting().total();
    }

    /** The Monday of the oldest week waiting, or null when none waits. */
    public LocalDate getOldestWeek() {
        return waiting().items().isEmpty() ? null : waiting().items().get(0).weekStart();
    }
}
