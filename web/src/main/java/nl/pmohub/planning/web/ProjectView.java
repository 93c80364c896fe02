package nl.pmohub.planning.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.MilestoneService;
import nl.pmohub.planning.application.MilestoneView;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSnapshot;
import nl.pmohub.planning.domain.MilestoneDetails;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One project: its facts and its milestones with baseline, slippage and progress. Reached as
 * {@code /t/{tenant}/project.xhtml?id=…}; another tenant's id is simply not found.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    @Inject
    transient MilestoneService milestones;

    @Inject
    transient FormValidator forms;

    @Inject
    transient ExternalContext externalContext;

    private UUID id;
    private ProjectSnapshot project;
    private List<MilestoneView> milestoneList;
    private MilestoneForm form = new MilestoneForm();
    private TimelineModel<MilestoneView, String> timeline;

    /** View action: loads the project named by the {@code id} parameter. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Project", "(no id)");
        }
        project = projects.get(id);
        refresh();
    }

    /** Reads the milestones again and redraws the timeline from them (also after a refused change). */
    private void refresh() {
        milestoneList = milestones.ofProject(id);
        timeline = new TimelineModel<>();
        ProjectDetails period = project.details();
        timeline.add(TimelineEvent.<MilestoneView>builder().id("period").type("background").styleClass("period")
                .startDate(period.startDate()).endDate(period.endDate().plusDays(1)).editable(false).build());
        LocalDate today = LocalDate.now();
        for (MilestoneView m : milestoneList) {
            String state = m.isAchieved() ? "done" : m.isMissed(today) ? "missed" : m.slippageDays() > 0 ? "slipped" : "open";
            timeline.add(TimelineEvent.<MilestoneView>builder().id(m.id().toString()).data(m).type("box").styleClass(state)
                    .startDate(m.plannedDate()).title(m.name()).editable(isEditable() && !m.isAchieved())
                    .editableRemove(false).editableGroup(false).build());
        }
    }

    /** A milestone dragged on the timeline: the same change, with the same rules, as the dialog makes. */
    public void onMoved(TimelineModificationEvent<MilestoneView> moved) {
        MilestoneView m = moved.getTimelineEvent().getData();
        try {
            MilestoneDetails details = new MilestoneDetails(m.name(), m.owner(), moved.getTimelineEvent().getStartDate().toLocalDate(),
                    m.percentComplete(), m.achievedOn(), m.stageId());
            if (forms.isValid(details)) {
                milestones.revise(id, m.id(), m.version(), details);
                Messages.info("milestone.moved", m.name(), details.plannedDate());
            }
        } finally {
            refresh();
        }
    }

    public void startNew() {
        LocalDate today = LocalDate.now();
        LocalDate start = project.details().startDate();
        form = MilestoneForm.startingOn(today.isBefore(start) ? start : today, project.details().manager());
    }

    public void edit(MilestoneView milestone) {
        form = MilestoneForm.of(milestone);
    }

    public void save() {
        MilestoneDetails details = form.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        if (form.isNew()) {
            milestones.plan(id, details);
        } else {
            milestones.revise(id, form.getId(), form.getVersion(), details);
        }
        Messages.info("milestone.saved", details.name());
        refresh();
    }

    public void rebaseline(MilestoneView milestone) {
        milestones.rebaseline(id, milestone.id(), milestone.version());
        Messages.info("milestone.rebaselined", milestone.name());
        refresh();
    }

    public void remove(MilestoneView milestone) {
        milestones.remove(id, milestone.id(), milestone.version());
        Messages.info("milestone.removed", milestone.name());
        refresh();
    }

    public boolean isEditable() {
        return project.phase() == ProjectPhase.ACTIVE && (externalContext.isUserInRole(Roles.PM)
                || externalContext.isUserInRole(Roles.PMO) || externalContext.isUserInRole(Roles.TENANT_ADMIN));
    }

    public boolean isMissed(MilestoneView milestone) {
        return milestone.isMissed(LocalDate.now());
    }

    public LocalDate getToday() { return LocalDate.now(); }
    public UUID getId() { return id; }
    /** Postbacks carry no id parameter; the view keeps the one it was opened with. */
    public void setId(UUID id) {
        if (id != null) {
            this.id = id;
        }
    }
    public ProjectSnapshot getProject() { return project; }
    public List<MilestoneView> getMilestones() { return milestoneList; }
    public MilestoneForm getForm() { return form; }
    public TimelineModel<MilestoneView, String> getTimeline() { return timeline; }
}
