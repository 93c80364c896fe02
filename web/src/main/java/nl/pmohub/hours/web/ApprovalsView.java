package nl.pmohub.hours.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.hours.application.Rejection;
import nl.pmohub.hours.application.TimesheetService;
import nl.pmohub.hours.application.TimesheetSummary;
import nl.pmohub.shared.domain.Page;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Hours to approve: the handed-in weeks of the tenant, oldest first, with their days; approve one, or send
 * it back with a comment. For project managers and tenant administrators.
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The oldest this many are shown; the count says how many wait in all. */
    static final int SHOWN = 100;

    @Inject
    transient TimesheetService timesheets;

    private List<TimesheetSummary> weeks = List.of();
    private long waiting;
    private TimesheetSummary rejecting;
    private String comment;

    public void load() {
        Page<TimesheetSummary> page = timesheets.toApprove(PageRequest.first(SHOWN));
        weeks = page.items();
        waiting = page.total();
    }

    public void approve(TimesheetSummary week) {
        timesheets.approve(week.projectId(), week.id(), week.version());
        Messages.info("approvals.approved", week.person(), week.projectCode());
        load();
    }

    public void startRejecting(TimesheetSummary week) {
        rejecting = week;
        comment = null;
    }

    public void reject() {
        timesheets.reject(rejecting.projectId(), rejecting.id(), rejecting.version(), new Rejection(comment));
        Messages.info("approvals.rejected", rejecting.person(), rejecting.projectCode());
        rejecting = null;
        load();
    }

    public List<TimesheetSummary> getWeeks() {
        return weeks;
    }

    public long getWaiting() {
        return waiting;
    }

    public TimesheetSummary getRejecting() {
        return rejecting;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
