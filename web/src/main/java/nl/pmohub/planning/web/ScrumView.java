package nl.pmohub.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.planning.application.BacklogItemSummary;
import nl.pmohub.planning.application.BacklogScope;
import nl.pmohub.planning.application.BacklogService;
import nl.pmohub.planning.application.SprintService;
import nl.pmohub.planning.application.SprintSummary;
import nl.pmohub.planning.domain.BacklogItemDetails;
import nl.pmohub.planning.domain.Burndown;
import nl.pmohub.planning.domain.ItemStatus;
import nl.pmohub.planning.domain.SprintDetails;
import nl.pmohub.planning.domain.SprintReview;
import nl.pmohub.planning.domain.Velocity;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.LanguageView;
import nl.pmohub.shared.web.Messages;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The Scrum part of a project page ({@code /WEB-INF/includes/scrum.xhtml}): its sprints, the selected
 * sprint's backlog (by default the active one), the product backlog, the burndown of the selected sprint
 * and the project's velocity. Reads lazily, after {@link CurrentProject} has loaded the project; refusals
 * become messages through {@link nl.pmohub.shared.web.DomainErrorHandler}.
 */
@Named
@ViewScoped
public class ScrumView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;
    private static final String IDEAL_COLOUR = "#9e9e9e";
    private static final String ACTUAL_COLOUR = "#1565c0";
    private static final String COMMITTED_COLOUR = "#b0bec5";
    private static final String COMPLETED_COLOUR = "#2e7d32";
    private static final String AVERAGE_COLOUR = "#f9a825";
    private static final long DEFAULT_SPRINT_DAYS = 14;

    @Inject
    transient SprintService sprints;

    @Inject
    transient BacklogService backlog;

    @Inject
    transient FormValidator forms;

    @Inject
    CurrentProject current;

    @Inject
    PlanView plan;

    @Inject
    LanguageView language;

    private List<SprintSummary> sprintList;
    private UUID selectedId;
    private List<BacklogItemSummary> sprintItems;
    private List<BacklogItemSummary> productItems;
    private Burndown burndown;
    private Velocity velocity;
    private SprintForm sprintForm = new SprintForm();
    private BacklogItemForm itemForm = new BacklogItemForm();
    private SprintSummary reviewing;
    private String reviewNotes;

    /** Reads everything again (also after a refused change, so the page shows what is stored). */
    private void refresh() {
        UUID project = current.getId();
        sprintList = sprints.ofProject(project);
        SprintSummary selected = selection().orElse(null);
        selectedId = selected == null ? null : selected.id();
        productItems = backlog.list(project, BacklogScope.PRODUCT);
        sprintItems = selected == null ? List.of() : backlog.list(project, BacklogScope.sprint(selected.id()));
        burndown = selected == null ? null : sprints.burndown(project, selected.id());
        velocity = sprints.velocity(project);
    }

    private void ensureLoaded() {
        if (sprintList == null) {
            refresh();
        }
    }

    /** The chosen sprint if still there; else the active one, the next planned one, or the last one. */
    private Optional<SprintSummary> selection() {
        Optional<SprintSummary> chosen = sprintList.stream().filter(s -> s.id().equals(selectedId)).findFirst();
        if (chosen.isPresent()) {
            return chosen;
        }
        return sprintList.stream().filter(SprintSummary::isActive).findFirst()
                .or(() -> sprintList.stream().filter(SprintSummary::isPlanned).findFirst())
                .or(() -> sprintList.stream().reduce((a, b) -> b));
    }

    public void select(SprintSummary sprint) {
        selectedId = sprint.id();
        refresh();
    }

    public void newSprint() {
        ensureLoaded();
        LocalDate today = LocalDate.now(clock);
        Optional<SprintSummary> last = sprintList.stream().max(Comparator.comparing(SprintSummary::endDate));
        LocalDate start = last.map(s -> s.endDate().plusDays(1)).filter(d -> d.isAfter(today)).orElse(today);
        LocalDate projectStart = current.getDetails().startDate();
        sprintForm = SprintForm.following(last.map(SprintSummary::team).orElse(null), start.isBefore(projectStart) ? projectStart : start,
                last.map(SprintSummary::lengthDays).orElse(DEFAULT_SPRINT_DAYS));
    }

    public void editSprint(SprintSummary sprint) {
        sprintForm = SprintForm.of(sprint);
    }

    public void saveSprint() {
        SprintDetails details = sprintForm.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        try {
            SprintSummary saved = sprintForm.isNew()
                    ? sprints.plan(current.getId(), details)
                    : sprints.revise(current.getId(), sprintForm.getId(), sprintForm.getVersion(), details);
            selectedId = saved.id();
            Messages.info("scrum.sprint.saved", saved.number());
        } finally {
            refresh();
            plan.refresh();
        }
    }

    public void start(SprintSummary sprint) {
        try {
            SprintSummary started = sprints.start(current.getId(), sprint.id(), sprint.version());
            selectedId = started.id();
            Messages.info("scrum.sprint.started", started.number(), started.committedPoints());
        } finally {
            refresh();
            plan.refresh();
        }
    }

    public void prepareReview(SprintSummary sprint) {
        reviewing = sprint;
        reviewNotes = null;
    }

    public void review() {
        SprintReview review = new SprintReview(reviewNotes);
        if (reviewing == null || !forms.isValid(review)) {
            return;
        }
        try {
            SprintSummary closed = sprints.review(current.getId(), reviewing.id(), reviewing.version(), review);
            Messages.info("scrum.sprint.reviewed", closed.number(), closed.completedPoints());
            reviewing = null;
        } finally {
            refresh();
            plan.refresh();
        }
    }

    public void removeSprint(SprintSummary sprint) {
        try {
            sprints.remove(current.getId(), sprint.id(), sprint.version());
            Messages.info("scrum.sprint.removed", sprint.number());
        } finally {
            refresh();
            plan.refresh();
        }
    }

    /** A new item in the selected sprint ({@code true}) or the product backlog. */
    public void newItem(boolean inSprint) {
        itemForm = BacklogItemForm.into(inSprint ? selectedId : null);
    }

    public void editItem(BacklogItemSummary item) {
        itemForm = BacklogItemForm.of(item);
    }

    public void saveItem() {
        BacklogItemDetails details = itemForm.toDetails();
        if (!forms.isValid(details)) {
            return;
        }
        try {
            if (itemForm.isNew()) {
                backlog.add(current.getId(), details);
            } else {
                backlog.revise(current.getId(), itemForm.getId(), itemForm.getVersion(), details);
            }
            Messages.info("scrum.item.saved", details.title());
        } finally {
            refresh();
        }
    }

    /** Moves an item into the selected sprint, or back to the product backlog ({@code null}). */
    public void move(BacklogItemSummary item, UUID sprintId) {
        change(item, item.status(), sprintId, "scrum.item.moved");
    }

    public void markDone(BacklogItemSummary item) {
        change(item, ItemStatus.DONE, item.sprintId(), "scrum.item.done");
    }

    private void change(BacklogItemSummary item, ItemStatus status, UUID sprintId, String message) {
        try {
            backlog.revise(current.getId(), item.id(), item.version(),
                    new BacklogItemDetails(item.title(), item.description(), item.estimate(), status, sprintId, item.rank()));
            Messages.info(message, item.title());
        } finally {
            refresh();
        }
    }

    public void removeItem(BacklogItemSummary item) {
        try {
            backlog.remove(current.getId(), item.id(), item.version());
            Messages.info("scrum.item.removed", item.title());
        } finally {
            refresh();
        }
    }

    /** Chart.js configuration of the selected sprint's burndown: ideal (dashed) and actual remaining points. */
    public String getBurndownChart() {
        ensureLoaded();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder ideal = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        if (burndown != null) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", language.getLocale());
            for (Burndown.Day d : burndown.days()) {
                labels.add(day.format(d.date()));
                ideal.add(d.ideal());
                if (d.actual() == null) {
                    actual.addNull();
                } else {
                    actual.add(d.actual());
                }
            }
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("scrum.chart.ideal")).add("data", ideal)
                                        .add("borderColor", IDEAL_COLOUR).add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                        .add("pointRadius", 0).add("fill", false))
                                .add(Json.createObjectBuilder().add("label", Messages.text("scrum.chart.actual")).add("data", actual)
                                        .add("borderColor", ACTUAL_COLOUR).add("backgroundColor", ACTUAL_COLOUR)
                                        .add("tension", 0).add("spanGaps", false).add("fill", false))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", Messages.text("scrum.chart.points")))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** Chart.js configuration of the velocity: committed and completed points per closed sprint, and the recent average. */
    public String getVelocityChart() {
        ensureLoaded();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder committed = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        JsonArrayBuilder average = Json.createArrayBuilder();
        for (Velocity.Entry s : velocity.sprints()) {
            labels.add(Messages.text("scrum.chart.sprint", s.number()));
            committed.add(s.committedPoints());
            completed.add(s.completedPoints());
            average.add(velocity.recentAverage());
        }
        JsonObjectBuilder precision = Json.createObjectBuilder().add("precision", 0);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("scrum.chart.committed")).add("data", committed)
                                        .add("backgroundColor", COMMITTED_COLOUR))
                                .add(Json.createObjectBuilder().add("label", Messages.text("scrum.chart.completed")).add("data", completed)
                                        .add("backgroundColor", COMPLETED_COLOUR))
                                .add(Json.createObjectBuilder().add("type", "line")
                                        .add("label", Messages.text("scrum.chart.average", velocity.recentAverage())).add("data", average)
                                        .add("borderColor", AVERAGE_COLOUR).add("borderDash", Json.createArrayBuilder().add(4).add(4))
                                        .add("pointRadius", 0).add("fill", false))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", precision)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    public boolean isEditable() {
        return current.isEditable();
    }

    public boolean isSelected(SprintSummary sprint) {
        return Objects.equals(sprint.id(), selectedId);
    }

    public List<SprintSummary> getSprints() {
        ensureLoaded();
        return sprintList;
    }

    public SprintSummary getSelected() {
        ensureLoaded();
        return sprintList.stream().filter(s -> s.id().equals(selectedId)).findFirst().orElse(null);
    }

    /** Sprints an item may be planned into: those not closed. */
    public List<SprintSummary> getOpenSprints() {
        ensureLoaded();
        return sprintList.stream().filter(s -> !s.isClosed()).toList();
    }

    public List<BacklogItemSummary> getSprintItems() {
        ensureLoaded();
        return sprintItems;
    }

    public List<BacklogItemSummary> getProductItems() {
        ensureLoaded();
        return productItems;
    }

    public Burndown getBurndown() {
        ensureLoaded();
        return burndown;
    }

    public Velocity getVelocity() {
        ensureLoaded();
        return velocity;
    }

    public ItemStatus[] getItemStatuses() { return ItemStatus.values(); }
    public SprintForm getSprintForm() { return sprintForm; }
    public BacklogItemForm getItemForm() { return itemForm; }
    public SprintSummary getReviewing() { return reviewing; }
    public String getReviewNotes() { return reviewNotes; }
    public void setReviewNotes(String reviewNotes) { this.reviewNotes = reviewNotes; }
}
