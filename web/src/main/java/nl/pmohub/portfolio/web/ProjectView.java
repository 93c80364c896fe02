package nl.pmohub.portfolio.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.portfolio.application.MilestoneService;
import nl.pmohub.portfolio.application.MilestoneView;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSnapshot;
import nl.pmohub.portfolio.domain.MilestoneDetails;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;

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

    /** View action: loads the project named by the {@code id} parameter. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Project", "(no id)");
        }
        project = projects.get(id);
        milestoneList = milestones.ofProject(id);
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
        milestoneList = milestones.ofProject(id);
    }

    public void rebaseline(MilestoneView milestone) {
        milestones.rebaseline(id, milestone.id(), milestone.version());
        Messages.info("milestone.rebaselined", milestone.name());
        milestoneList = milestones.ofProject(id);
    }

    public void remove(MilestoneView milestone) {
        milestones.remove(id, milestone.id(), milestone.version());
        Messages.info("milestone.removed", milestone.name());
        milestoneList = milestones.ofProject(id);
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
}
