package nl.pmohub.risk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.risk.application.ActionSummary;
import nl.pmohub.risk.application.HeatCell;
import nl.pmohub.risk.application.ImportReport;
import nl.pmohub.risk.application.RiskCsv;
import nl.pmohub.risk.application.RiskService;
import nl.pmohub.risk.application.RiskSnapshot;
import nl.pmohub.risk.application.RiskSummary;
import nl.pmohub.risk.domain.ActionDetails;
import nl.pmohub.risk.domain.Proximity;
import nl.pmohub.risk.domain.RiskCategory;
import nl.pmohub.risk.domain.RiskResponse;
import nl.pmohub.risk.domain.RiskStatus;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;
import nl.pmohub.shared.web.Spreadsheet;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The risk register part of the project page: the 5 × 5 heat map of open risks (a click on a cell narrows the register
 * to it), the register with score bands and overdue reviews, the risk dialog and a risk's history.
 */
@Named
@ViewScoped
public class RisksView extends HeatMapView {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient RiskService risks;

    @Inject
    CurrentProject current;

    private List<RiskSummary> list;
    private List<HeatCell> cells;
    private Integer cellProbability;
    private Integer cellImpact;
    private boolean withClosed;
    private RiskForm form = new RiskForm();
    private List<RiskSnapshot> history = List.of();
    private String historyOf;
    private ImportReport importReport;
    private UUID shown;
    private List<ActionSummary> actions = List.of();
    private String actionDescription;
    private String actionOwner;
    private LocalDate actionDue;

    public List<RiskSummary> getList() {
        if (list == null) {
            list = risks.ofProject(current.getId(), cellProbability, cellImpact, withClosed);
        }
        return list;
    }

    @Override
    protected List<HeatCell> cells() {
        if (cells == null) {
            cells = risks.heatMap(current.getId());
        }
        return cells;
    }

    /** Narrows the register to one cell; the same cell again shows the whole register. */
    @Override
    public void select(int probability, int impact) {
        boolean same = isSelected(probability, impact);
        cellProbability = same ? null : probability;
        cellImpact = same ? null : impact;
        list = null;
    }

    @Override
    public boolean isSelected(int probability, int impact) {
        return cellProbability != null && cellProbability == probability && cellImpact == impact;
    }

    public void showAll() {
        cellProbability = null;
        cellImpact = null;
        list = null;
    }

    public void startNew() {
        form = RiskForm.raising(current.getDetails().manager(), LocalDate.now(clock).plusWeeks(2));
    }

    public void edit(RiskSummary risk) {
        form = RiskForm.of(risk);
    }

    public void save() {
        RiskSummary saved = form.isNew()
                ? risks.raise(current.getId(), form.toDetails())
                : risks.reassess(current.getId(), form.getId(), form.getVersion(), form.toDetails());
        Messages.info(form.isNew() ? "risks.raised" : "risks.saved", saved.details().title(), saved.score());
        list = null;
        cells = null;
    }

    /** The whole register as the CSV an import reads. */
    public StreamedContent csv() {
        byte[] csv = risks.csv(current.getId()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("risks-" + current.getDetails().code() + ".csv").contentType(RiskCsv.MEDIA_TYPE)
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** The whole register as an Excel sheet, in the columns of the CSV. */
    public StreamedContent xlsx() {
        List<List<Object>> rows = risks.ofProject(current.getId(), null, null, true).stream().map(RiskCsv::values).toList();
        return Spreadsheet.download("risks-" + current.getDetails().code() + ".xlsx", Spreadsheet.xlsx("Risks", RiskCsv.COLUMNS, rows, 40, 14));
    }

    /** Raises the risks of an uploaded CSV and keeps the report of what was refused and why. */
    public void upload(FileUploadEvent event) {
        importReport = risks.importCsv(current.getId(), new String(event.getFile().getContent(), StandardCharsets.UTF_8),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Messages.info("risks.imported", importReport.raised(), importReport.rows());
        list = null;
        cells = null;
    }

    /** Opens the risk's dialog of history and actions. */
    public void showHistory(RiskSummary risk) {
        shown = risk.id();
        historyOf = risk.details().title();
        actionDescription = null;
        actionOwner = risk.details().owner();
        actionDue = LocalDate.now(clock).plusWeeks(2);
        reloadShown();
    }

    public void planAction() {
        risks.plan(current.getId(), shown, new ActionDetails(actionDescription, actionOwner, actionDue));
        Messages.info("risks.actionPlanned", actionDescription);
        actionDescription = null;
        reloadShown();
    }

    /** Marks the action done, or open again. */
    public void toggle(ActionSummary action) {
        risks.complete(current.getId(), shown, action.id(), action.version(), !action.done());
        reloadShown();
    }

    public boolean actionOverdue(ActionSummary action) {
        return !action.done() && action.dueDate().isBefore(LocalDate.now(clock));
    }

    private void reloadShown() {
        history = risks.history(current.getId(), shown);
        actions = risks.actions(current.getId(), shown);
    }

    /** A moment as the Dutch clock showed it, for the history's times. */
    public ZonedDateTime dutchTime(Instant moment) {
        return moment.atZone(clock.getZone());
    }

    public boolean reviewOverdue(RiskSummary risk) {
        return risk.reviewOverdue(LocalDate.now(clock));
    }

    public void setWithClosed(boolean withClosed) {
        this.withClosed = withClosed;
        list = null;
    }

    public boolean isWithClosed() { return withClosed; }
    public boolean isFiltered() { return cellProbability != null; }
    public Integer getCellProbability() { return cellProbability; }
    public Integer getCellImpact() { return cellImpact; }
    public List<Integer> getLevels() { return IntStream.rangeClosed(1, 5).boxed().toList(); }
    public RiskForm getForm() { return form; }
    public List<RiskSnapshot> getHistory() { return history; }
    public String getHistoryOf() { return historyOf; }
    public ImportReport getImportReport() { return importReport; }
    public List<ActionSummary> getActions() { return actions; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String actionOwner) { this.actionOwner = actionOwner; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate actionDue) { this.actionDue = actionDue; }
    public RiskCategory[] getCategories() { return RiskCategory.values(); }
    public RiskResponse[] getResponses() { return RiskResponse.values(); }
    public Proximity[] getProximities() { return Proximity.values(); }
    public RiskStatus[] getStatuses() { return RiskStatus.values(); }
}
