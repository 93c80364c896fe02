package nl.pmohub.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.application.ProgressReportService;
import nl.pmohub.reporting.application.ReportSummary;
import nl.pmohub.reporting.application.ScheduleSummary;
import nl.pmohub.reporting.domain.ReportCadence;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The progress reports part of the project page: the cadence, the RAG trend of the last periods as a grid,
 * CPI and SPI over the reports as lines, the history, and the button that starts the next report (or
 * continues the one being written).
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int TREND_PERIODS = 8;

    /** One row of the trend grid: a dimension and its RAG per period, oldest first. */
    public record TrendRow(String dimension, List<RagStatus> rags) {
    }

    @Inject
    transient ProgressReportService reports;

    @Inject
    CurrentProject current;

    private List<ReportSummary> history;
    private ScheduleSummary schedule;

    public List<ReportSummary> getHistory() {
        if (history == null) {
            history = reports.history(current.getId());
        }
        return history;
    }

    /** The latest revision of each of the last periods, oldest first: what the trend pictures show. */
    public List<ReportSummary> getTrend() {
        List<ReportSummary> latest = new ArrayList<>(getHistory().stream().filter(r -> !r.superseded() && r.status() != ReportStatus.DRAFT)
                .limit(TREND_PERIODS).toList());
        Collections.reverse(latest);
        return latest;
    }

    public List<TrendRow> getTrendRows() {
        List<ReportSummary> trend = getTrend();
        return List.of(row("overall", trend, ReportSummary::overall), row("scope", trend, ReportSummary::scope),
                row("time", trend, ReportSummary::time), row("cost", trend, ReportSummary::cost),
                row("quality", trend, ReportSummary::quality), row("risk", trend, ReportSummary::risk));
    }

    private static TrendRow row(String dimension, List<ReportSummary> trend, Function<ReportSummary, RagStatus> rag) {
        return new TrendRow(dimension, trend.stream().map(rag).toList());
    }

    /** The report being written or decided on, if any. */
    public Optional<ReportSummary> open() {
        return getHistory().stream().filter(r -> r.status() != ReportStatus.APPROVED).findFirst();
    }

    public ReportSummary getOpenReport() {
        return open().orElse(null);
    }

    /** Starts the next report and opens it. */
    public String startNext() {
        return ReportView.outcome(current.getId(), reports.draftNext(current.getId()).id());
    }

    public ReportCadence getCadence() {
        return schedule().cadence();
    }

    public void setCadence(ReportCadence cadence) {
        if (cadence != null && cadence != schedule().cadence()) {
            ScheduleSummary before = schedule();
            schedule = reports.changeSchedule(current.getId(), before.version() < 0 ? null : before.version(), cadence);
            Messages.info("reports.cadenceChanged", Messages.text("cadence." + cadence));
        }
    }

    private ScheduleSummary schedule() {
        if (schedule == null) {
            schedule = reports.schedule(current.getId());
        }
        return schedule;
    }

    public ReportCadence[] getCadences() {
        return ReportCadence.values();
    }

    /** Chart.js configuration: CPI and SPI of the reports in the trend (1.0: on budget, on schedule). */
    public String getIndexChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder cpi = Json.createArrayBuilder();
        JsonArrayBuilder spi = Json.createArrayBuilder();
        for (ReportSummary report : getTrend()) {
            labels.add(Messages.date(report.periodEnd()));
            add(cpi, report.cpi());
            add(spi, report.spi());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(line(Messages.text("reports.cpi"), cpi, "#0b4f6c"))
                                .add(line(Messages.text("reports.spi"), spi, "#b45309"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour).add("backgroundColor", colour)
                .add("tension", 0.2).add("spanGaps", true).add("pointRadius", 3);
    }
}
