package nl.pmohub.planning.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.application.Roadmap;
import nl.pmohub.planning.application.RoadmapProject;
import nl.pmohub.planning.application.RoadmapService;
import nl.pmohub.planning.application.RoadmapSprint;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.portfolio.domain.ProjectMethod;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.primefaces.util.EscapeUtils;

import java.time.Clock;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The portfolio roadmap: one row per active project with its period, Prince2 stages (in exception
 * or not), sprints and milestones. Selecting an
 * item opens its project, where it can be changed.
 */
@Named
@ViewScoped
public class RoadmapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient RoadmapService roadmaps;

    @Inject
    transient ExternalContext externalContext;

    private ProjectMethod method;
    private TimelineModel<PlanItem, String> timeline;
    private int projectCount;
    private LocalDate from;
    private LocalDate to;

    /** View action, and again whenever the method filter changes (choosing the chosen method again shows all). */
    public void load() {
        Roadmap roadmap = roadmaps.activeProjects(method);
        timeline = new TimelineModel<>();
        projectCount = roadmap.projects().size();
        LocalDate today = LocalDate.now(clock);
        from = today.minusMonths(3);
        to = today.plusMonths(9);
        for (RoadmapProject p : roadmap.projects()) {
            String group = p.id().toString();
            timeline.addGroup(new TimelineGroup<>(group, "<span class=\"rag-dot rag-" + p.status() + "\"></span><b>" + EscapeUtils.forHtml(p.code())
                    + "</b> " + EscapeUtils.forHtml(p.name())));
            timeline.add(TimelineEvent.<PlanItem>builder().id("project-" + group).group(group).data(new PlanItem("", p)).type("background")
                    .styleClass("project-period").startDate(p.startDate()).endDate(p.endDate().plusDays(1)).editable(false).build());
        }
        for (StageSummary s : roadmap.stages()) {
            String state = s.status().name().toLowerCase(Locale.ROOT) + (s.breaches(today).isEmpty() ? "" : " exception");
            timeline.add(TimelineEvent.<PlanItem>builder().id(s.id().toString()).group(s.projectId().toString())
                    .data(new PlanItem(s.name(), s)).type("range").styleClass("stage stage-" + state).title(s.name())
                    .startDate(s.startDate()).endDate(s.endDate().plusDays(1)).editable(false).build());
        }
        for (RoadmapSprint s : roadmap.sprints()) {
            timeline.add(TimelineEvent.<PlanItem>builder().id(s.id().toString()).group(s.projectId().toString())
                    .data(new PlanItem("S" + s.number(), s)).type("range").styleClass("sprint sprint-" + s.status().name().toLowerCase(Locale.ROOT))
                    .title("Sprint " + s.number() + " · " + s.team()).startDate(s.startDate()).endDate(s.endDate().plusDays(1)).editable(false).build());
        }
        for (MilestoneSummary m : roadmap.milestones()) {
            String state = m.isAchieved() ? "done" : m.isMissed(today) ? "missed" : m.slippageDays() > 0 ? "slipped" : "open";
            timeline.add(TimelineEvent.<PlanItem>builder().id(m.id().toString()).group(m.projectId().toString())
                    .data(new PlanItem("", m)).type("point").styleClass("milestone " + state).title(m.name() + " · " + m.plannedDate())
                    .startDate(m.plannedDate()).editable(false).build());
        }
    }

    /** An item was selected: open its project. */
    public void onSelect(TimelineSelectEvent<PlanItem> selected) throws IOException {
        Object view = selected.getTimelineEvent().getData() == null ? null : selected.getTimelineEvent().getData().view();
        UUID projectId = view instanceof StageSummary s ? s.projectId() : view instanceof MilestoneSummary m ? m.projectId()
                : view instanceof RoadmapSprint s ? s.projectId() : view instanceof RoadmapProject p ? p.id() : null;
        if (projectId != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            externalContext.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, "/app/project.xhtml",
                    Map.of("id", List.of(projectId.toString())), false));
        }
    }

    public ProjectMethod[] getMethods() { return ProjectMethod.values(); }
    public ProjectMethod getMethod() { return method; }
    public void setMethod(ProjectMethod method) { this.method = method; }
    public TimelineModel<PlanItem, String> getTimeline() { return timeline; }
    public int getProjectCount() { return projectCount; }
    public LocalDateTime getWindowStart() { return from.atStartOfDay(); }
    public LocalDateTime getWindowEnd() { return to.atStartOfDay(); }
}
