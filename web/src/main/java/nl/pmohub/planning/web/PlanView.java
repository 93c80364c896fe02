package nl.pmohub.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.MilestoneService;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.application.DeliverableService;
import nl.pmohub.planning.application.DeliverableSummary;
import nl.pmohub.planning.application.SprintService;
import nl.pmohub.planning.application.SprintSummary;
import nl.pmohub.planning.application.StageService;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.planning.domain.DeliverableDetails;
import nl.pmohub.planning.domain.SprintDetails;
import nl.pmohub.planning.domain.StageDetails;
import nl.pmohub.planning.domain.StageStatus;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.planning.domain.MilestoneDetails;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The plan part of the project page: the plan's read models (stages, deliverables, milestones, sprints,
 * one query each) and the timeline drawn from them, where items can be dragged. The other plan parts
 * (stages, deliverables, milestones, Scrum) read their lists from here and call {@link #refresh()} after
 * a change. The project itself comes from {@link CurrentProject}.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CurrentProject current;

    @Inject
    transient MilestoneService milestones;

    @Inject
    transient FormValidator forms;

    @Inject
    transient StageService stageService;

    @Inject
    transient DeliverableService deliverableService;

    @Inject
    transient SprintService sprintService;

    private List<MilestoneSummary> milestoneList;
    private List<StageSummary> stageList;
    private List<DeliverableSummary> deliverableList;
    private List<SprintSummary> sprintList;
    private TimelineModel<PlanItem, String> timeline;

    @PostConstruct
    void init() {
        refresh();
    }

    /**
     * Reads the plan again (one query per kind of item) and redraws the timeline from it, also after a
     * refused change. Rows: stages with their slip beyond the baseline, deliverables, milestones with
     * their baseline, sprints; the project's period is the background.
     */
    public void refresh() {
        UUID id = current.getId();
        milestoneList = milestones.ofProject(id);
        stageList = stageService.ofProject(id);
        deliverableList = deliverableService.ofProject(id);
        sprintList = sprintService.ofProject(id);
        timeline = new TimelineModel<>();
        ProjectDetails period = current.getDetails();
        timeline.add(TimelineEvent.<PlanItem>builder().id("period").data(PlanItem.NONE).type("background").styleClass("period")
                .startDate(period.startDate()).endDate(period.endDate().plusDays(1)).editable(false).build());
        LocalDate today = LocalDate.now(clock);
        if (!stageList.isEmpty()) {
            timeline.addGroup(new TimelineGroup<>("stages", Messages.text("timeline.stages")));
        }
        for (StageSummary s : stageList) {
            String exception = s.breaches(today).isEmpty() ? "" : " exception";
            range("stages", s.id().toString(), new PlanItem(s.name(), s), s.startDate(), s.endDate(),
                    "stage stage-" + s.status().name().toLowerCase(Locale.ROOT) + exception, isEditable() && s.status() != StageStatus.CLOSED);
            if (s.slippageDays() > 0) {
                timeline.add(TimelineEvent.<PlanItem>builder().id("slip-" + s.id()).data(PlanItem.NONE).group("stages").type("background").styleClass("slip")
                        .startDate(s.baselineEnd().plusDays(1)).endDate(s.endDate().plusDays(1)).editable(false).build());
            }
        }
        if (!deliverableList.isEmpty()) {
            timeline.addGroup(new TimelineGroup<>("deliverables", Messages.text("timeline.deliverables")));
        }
        for (DeliverableSummary d : deliverableList) {
            String state = d.isCompleted() ? "done" : d.dependencyConflict() ? "conflict" : d.slippageDays() > 0 ? "slipped" : "open";
            range("deliverables", d.id().toString(), new PlanItem(d.name(), d), d.startDate(), d.endDate(), "deliverable " + state,
                    isEditable() && !d.isCompleted());
        }
        timeline.addGroup(new TimelineGroup<>("milestones", Messages.text("timeline.milestones")));
        for (MilestoneSummary m : milestoneList) {
            String state = m.isAchieved() ? "done" : m.isMissed(today) ? "missed" : m.slippageDays() > 0 ? "slipped" : "open";
            timeline.add(TimelineEvent.<PlanItem>builder().id(m.id().toString()).group("milestones").data(new PlanItem(m.name(), m))
                    .type("box").styleClass(state).startDate(m.plannedDate()).title(m.name())
                    .editable(isEditable() && !m.isAchieved()).editableRemove(false).editableGroup(false).build());
            if (m.slippageDays() != 0) {
                timeline.add(TimelineEvent.<PlanItem>builder().id("baseline-" + m.id()).data(PlanItem.NONE).group("milestones").type("point").styleClass("baseline")
                        .startDate(m.baselineDate()).title(Messages.text("field.baselineDate") + ": " + m.name()).editable(false).build());
            }
        }
        if (!sprintList.isEmpty()) {
            timeline.addGroup(new TimelineGroup<>("sprints", Messages.text("timeline.sprints")));
        }
        for (SprintSummary s : sprintList) {
            range("sprints", s.id().toString(), new PlanItem("S" + s.number(), s), s.startDate(), s.endDate(),
                    "sprint sprint-" + s.status().name().toLowerCase(Locale.ROOT), isEditable() && !s.isClosed());
        }
    }

    /** A bar from the first to the last day (the timeline's end is exclusive). */
    private void range(String group, String itemId, PlanItem item, LocalDate from, LocalDate to, String styleClass, boolean editable) {
        timeline.add(TimelineEvent.<PlanItem>builder().id(itemId).group(group).data(item).type("range").styleClass(styleClass)
                .startDate(from).endDate(to.plusDays(1)).title(item.label()).editable(editable).editableRemove(false)
                .editableGroup(false).build());
    }

    /**
     * An item dragged on the timeline: the same change, with the same rules, as its dialog makes. A refused
     * change shows its reason above the timeline, and the timeline is redrawn from what is stored.
     */
    public void onMoved(TimelineModificationEvent<PlanItem> moved) {
        UUID id = current.getId();
        TimelineEvent<PlanItem> event = moved.getTimelineEvent();
        LocalDate start = event.getStartDate().toLocalDate();
        LocalDate end = event.getEndDate() == null ? start : event.getEndDate().toLocalDate().minusDays(1);
        Object view = event.getData().view();
        try {
            if (view instanceof MilestoneSummary m) {
                MilestoneDetails details = new MilestoneDetails(m.name(), m.owner(), start, m.percentComplete(), m.achievedOn(), m.stageId());
                if (forms.isValid(details)) {
                    milestones.revise(id, m.id(), m.version(), details);
                    Messages.info("milestone.moved", m.name(), details.plannedDate());
                }
            } else if (view instanceof DeliverableSummary d) {
                DeliverableDetails details = new DeliverableDetails(d.name(), d.owner(), start, end, d.percentComplete(), d.completedOn(),
                        d.stageId());
                if (forms.isValid(details)) {
                    deliverableService.revise(id, d.id(), d.version(), details);
                    Messages.info("plan.moved", d.name(), start, end);
                }
            } else if (view instanceof StageSummary s) {
                StageDetails details = new StageDetails(s.kind(), s.name(), start, end, s.timeToleranceDays(), s.budget(),
                        s.costTolerancePercent(), s.actualCost(), s.forecastCost());
                if (forms.isValid(details)) {
                    stageService.revise(id, s.id(), s.version(), details);
                    Messages.info("plan.moved", s.name(), start, end);
                }
            } else if (view instanceof SprintSummary s) {
                SprintDetails details = new SprintDetails(s.team(), s.goal(), start, end);
                if (forms.isValid(details)) {
                    sprintService.revise(id, s.id(), s.version(), details);
                    Messages.info("plan.moved", "Sprint " + s.number(), start, end);
                }
            }
        } finally {
            refresh();
        }
    }

    private boolean isEditable() {
        return current.isEditable();
    }

    public LocalDate getToday() { return LocalDate.now(clock); }
    /** The timeline opens on the whole project, with a week either side. */
    public LocalDateTime getWindowStart() { return current.getDetails().startDate().minusDays(7).atStartOfDay(); }
    public LocalDateTime getWindowEnd() { return current.getDetails().endDate().plusDays(8).atStartOfDay(); }
    public List<MilestoneSummary> getMilestones() { return milestoneList; }
    public List<StageSummary> getStages() { return stageList; }
    public List<DeliverableSummary> getDeliverables() { return deliverableList; }
    public List<SprintSummary> getSprints() { return sprintList; }

    /** The stage's name, for lists that show which stage a milestone or deliverable belongs to. */
    public String stageName(UUID stageId) {
        return stageId == null ? "" : stageList.stream().filter(s -> s.id().equals(stageId)).map(StageSummary::name).findFirst().orElse("");
    }

    public boolean isPrince2() {
        return !stageList.isEmpty() || current.getDetails().method() == ProjectMethod.PRINCE2 || current.getDetails().method() == ProjectMethod.HYBRID;
    }

    public boolean isScrum() {
        return !sprintList.isEmpty() || current.getDetails().method() == ProjectMethod.SCRUM || current.getDetails().method() == ProjectMethod.HYBRID;
    }
    public TimelineModel<PlanItem, String> getTimeline() { return timeline; }
}
