package nl.pmohub.improvement.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.improvement.application.Board;
import nl.pmohub.improvement.application.CycleSummary;
import nl.pmohub.improvement.application.ImprovementService;
import nl.pmohub.improvement.application.MoveSnapshot;
import nl.pmohub.improvement.domain.Decision;
import nl.pmohub.improvement.domain.ImprovementPhase;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.shared.web.Access;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Drop;
import nl.pmohub.shared.web.LanguageView;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A PDCA board on screen: on the project page the project's (the project comes from {@link CurrentProject}), on the
 * organisation's board page every cycle of the tenant. Cards are dragged to the next or previous phase (drag.js tells
 * {@link #move()} what landed where) or moved with the buttons of the card's dialog, which also edits the cycle, its
 * result and decision. A refused move shows the refusal and leaves the card where it was.
 */
@Named
@ViewScoped
public class ImprovementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One column of the board: a phase and its cards. */
    public record Column(ImprovementPhase phase, List<CycleSummary> cards) {
    }

    @Inject
    transient ImprovementService improvements;

    @Inject
    transient ExternalContext externalContext;

    @Inject
    transient Clock clock;

    @Inject
    CurrentProject current;

    @Inject
    LanguageView language;

    private List<CycleSummary> cards;
    private Waste waste;
    private CycleForm form = new CycleForm();
    private List<MoveSnapshot> history = List.of();
    /** The open cycle's improvement, first cycle to last: its KPI over the cycles. */
    private List<CycleSummary> lineage = List.of();

    /** The project's board on the project page; the organisation's elsewhere. */
    private Board board() {
        return current.getId() == null ? Board.ofTenant() : Board.ofProject(current.getId());
    }

    public boolean isTenantBoard() {
        return current.getId() == null;
    }

    /** Whether the user may change cycles here: not a viewer, and on a project's board the project is open. */
    public boolean isEditable() {
        return isTenantBoard() ? Access.changesRecords(externalContext) : current.isEditable();
    }

    public List<CycleSummary> getCards() {
        if (cards == null) {
            cards = improvements.board(board(), waste);
        }
        return cards;
    }

    public List<Column> getColumns() {
        return Arrays.stream(ImprovementPhase.values())
                .map(phase -> new Column(phase, getCards().stream().filter(c -> c.phase() == phase).toList())).toList();
    }

    /**
     * The drop of a card on a column (drag.js through the remote command). Both values come from the browser: an id that
     * is no card of this board or a phase that does not exist is ignored, as if the card had been dropped beside the board.
     */
    public void move() {
        Drop drop = Drop.current();
        Optional<CycleSummary> card = uuid(drop.item()).flatMap(id -> getCards().stream().filter(c -> c.id().equals(id)).findFirst());
        Optional<ImprovementPhase> to = phase(drop.target());
        if (card.isEmpty() || to.isEmpty() || card.get().phase() == to.get()) {
            return;
        }
        CycleSummary moved = improvements.move(board(), card.get().id(), card.get().version(), to.get());
        movedMessage(moved);
    }

    public void startNew() {
        form = CycleForm.starting(isTenantBoard() ? externalContext.getUserPrincipal().getName() : current.getDetails().manager());
        history = List.of();
        lineage = List.of();
    }

    /** Opens the card's dialog. */
    public void open(CycleSummary cycle) {
        form = CycleForm.of(cycle);
        history = improvements.history(board(), cycle.id());
        lineage = improvements.lineage(board(), cycle.id());
    }

    /** A KPI chart is worth showing once there is more than one cycle or something measured. */
    public boolean isWithKpiChart() {
        return lineage.size() > 1 || lineage.stream().anyMatch(c -> c.outcome().measured());
    }

    /** Chart.js configuration of the KPI per cycle: the result measured as bars, the baseline and target as lines. */
    public String getKpiChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder results = Json.createArrayBuilder();
        JsonArrayBuilder baselines = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (CycleSummary cycle : lineage) {
            labels.add(Messages.text("improvements.chart.cycle", cycle.number()));
            if (cycle.outcome().measured()) {
                results.add(cycle.outcome().result());
            } else {
                results.addNull();
            }
            baselines.add(cycle.details().baseline());
            targets.add(cycle.details().target());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("field.result")).add("data", results).add("backgroundColor", RESULT_COLOUR)
                                .add("order", 2))
                        .add(line("field.baseline", baselines, BASELINE_COLOUR))
                        .add(line("field.target", targets, TARGET_COLOUR))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("locale", language.getTag())
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The chart in words, for screen readers: each cycle's baseline, target and result. */
    public String getKpiChartText() {
        return lineage.stream().map(c -> Messages.text("improvements.chart.text", c.number(), c.details().baseline(), c.details().target(),
                        c.outcome().measured() ? c.outcome().result() : "—", c.details().unit()))
                .collect(Collectors.joining("; ", form.getKpi() + ": ", "."));
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("type", "line").add("label", Messages.text(label)).add("data", values).add("borderColor", colour)
                .add("backgroundColor", colour).add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("fill", false).add("order", 1);
    }

    private static final String RESULT_COLOUR = "#2563eb";
    private static final String BASELINE_COLOUR = "#6b7280";
    private static final String TARGET_COLOUR = "#15803d";

    public void save() {
        CycleSummary saved = form.isNew()
                ? improvements.start(board(), form.toDetails())
                : improvements.revise(board(), form.getId(), form.getVersion(), form.toDetails(), form.toOutcome());
        Messages.info(form.isNew() ? "improvements.started" : "improvements.saved", saved.details().title());
        open(saved);
        cards = null;
    }

    /** The dialog's move (the keyboard's drag): what was typed is saved first, so a result entered just now counts. */
    public void moveTo(ImprovementPhase to) {
        CycleSummary saved = improvements.revise(board(), form.getId(), form.getVersion(), form.toDetails(), form.toOutcome());
        open(saved);
        cards = null;
        CycleSummary moved = improvements.move(board(), saved.id(), saved.version(), to);
        open(moved);
        movedMessage(moved);
    }

    /** Starts the next cycle from Act (this one is done) and shows the new one in the dialog. */
    public void nextCycle() {
        CycleSummary next = improvements.nextCycle(board(), form.getId(), form.getVersion(), null);
        Messages.info("improvements.nextStarted", next.number(), next.details().title());
        open(next);
        cards = null;
    }

    private void movedMessage(CycleSummary moved) {
        Messages.info("improvements.moved", moved.details().title(), Messages.text("improvements.phase." + moved.phase()));
        cards = null;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<ImprovementPhase> phase(String text) {
        return Arrays.stream(ImprovementPhase.values()).filter(p -> p.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    /** A moment as the Dutch clock showed it, for the history's times. */
    public ZonedDateTime dutchTime(Instant moment) {
        return moment.atZone(clock.getZone());
    }

    public void setWaste(Waste waste) {
        this.waste = waste;
        cards = null;
    }

    public Waste getWaste() { return waste; }
    public CycleForm getForm() { return form; }
    public List<MoveSnapshot> getHistory() { return history; }
    public List<CycleSummary> getLineage() { return lineage; }
    public Waste[] getWastes() { return Waste.values(); }
    public Decision[] getDecisions() { return Decision.values(); }
}
