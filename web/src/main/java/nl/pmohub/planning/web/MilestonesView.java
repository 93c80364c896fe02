package nl.pmohub.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.MilestoneService;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.domain.MilestoneDetails;

import java.time.Clock;
import java.time.LocalDate;

/** The milestones part of the project page: the table and the milestone dialog; the list comes from {@link PlanView}. */
@Named
@ViewScoped
public class MilestonesView extends PlanPart<MilestoneSummary, MilestoneDetails, MilestoneForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient MilestoneService milestones;

    public MilestonesView() {
        super(new MilestoneForm());
    }

    @Override
    protected String kind() {
        return "milestone";
    }

    @Override
    protected MilestoneSummary planned(MilestoneDetails details) {
        return milestones.plan(current.getId(), details);
    }

    @Override
    protected MilestoneSummary revised(MilestoneDetails details) {
        return milestones.revise(current.getId(), form.getId(), form.getVersion(), details);
    }

    @Override
    protected void rebaselined(MilestoneSummary item) {
        milestones.rebaseline(current.getId(), item.id(), item.version());
    }

    @Override
    protected void removed(MilestoneSummary item) {
        milestones.remove(current.getId(), item.id(), item.version());
    }

    public void startNew() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = current.getDetails().startDate();
        form = MilestoneForm.startingOn(today.isBefore(start) ? start : today, current.getDetails().manager());
    }

    public void edit(MilestoneSummary milestone) {
        form = MilestoneForm.of(milestone);
    }

    public boolean isMissed(MilestoneSummary milestone) {
        return milestone.isMissed(LocalDate.now(clock));
    }

}
