package nl.pmohub.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.MilestoneService;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.domain.MilestoneDetails;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** The milestones part of the project page: the table and the milestone dialog; the list comes from {@link PlanView}. */
@Named
@ViewScoped
public class MilestonesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CurrentProject current;

    @Inject
    PlanView plan;

    @Inject
    transient MilestoneService milestones;

    @Inject
    transient FormValidator forms;

    private MilestoneForm form = new MilestoneForm();

    public void startNew() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = current.getDetails().startDate();
        form = MilestoneForm.startingOn(today.isBefore(start) ? start : today, current.getDetails().manager());
    }

    public void edit(MilestoneSummary milestone) {
        form = MilestoneForm.of(milestone);
    }

    public void save() {
        MilestoneDetails details = form.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        if (form.isNew()) {
            milestones.plan(current.getId(), details);
        } else {
            milestones.revise(current.getId(), form.getId(), form.getVersion(), details);
        }
        Messages.info("milestone.saved", details.name());
        plan.refresh();
    }

    public void rebaseline(MilestoneSummary milestone) {
        milestones.rebaseline(current.getId(), milestone.id(), milestone.version());
        Messages.info("milestone.rebaselined", milestone.name());
        plan.refresh();
    }

    public void remove(MilestoneSummary milestone) {
        milestones.remove(current.getId(), milestone.id(), milestone.version());
        Messages.info("milestone.removed", milestone.name());
        plan.refresh();
    }

    public boolean isMissed(MilestoneSummary milestone) {
        return milestone.isMissed(LocalDate.now(clock));
    }

    public MilestoneForm getForm() {
        return form;
    }
}
