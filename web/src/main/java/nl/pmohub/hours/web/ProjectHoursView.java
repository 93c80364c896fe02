package nl.pmohub.hours.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import nl.pmohub.hours.application.TimesheetService;
import nl.pmohub.hours.application.WeekTotal;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.temporal.IsoFields;
import java.util.List;

/** The hours part of the project page: hours per week over the last half year, approved and pending, as bars. */
@Named
@ViewScoped
public class ProjectHoursView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int WEEKS = 26;
    private static final String APPROVED_COLOUR = "#1b5e20";
    private static final String PENDING_COLOUR = "#f9a825";

    @Inject
    transient TimesheetService timesheets;

    @Inject
    CurrentProject current;

    private List<WeekTotal> weeks;

    private List<WeekTotal> weeks() {
        if (weeks == null) {
            weeks = timesheets.weeksOfProject(current.getId(), WEEKS);
        }
        return weeks;
    }

    public BigDecimal getApprovedHours() {
        return weeks().stream().map(WeekTotal::approvedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getPendingHours() {
        return weeks().stream().map(WeekTotal::pendingHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the project has hours in the period shown ({@code empty} is a word of EL, so not that name). */
    public boolean isWithHours() {
        return !weeks().isEmpty();
    }

    /** Chart.js configuration: stacked bars per ISO week, approved below pending. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder approved = Json.createArrayBuilder();
        JsonArrayBuilder pending = Json.createArrayBuilder();
        for (WeekTotal week : weeks()) {
            labels.add(Messages.text("hours.chart.week", week.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            approved.add(week.approvedHours());
            pending.add(week.pendingHours());
        }
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("hours.chart.approved")).add("data", approved)
                                        .add("backgroundColor", APPROVED_COLOUR))
                                .add(Json.createObjectBuilder().add("label", Messages.text("hours.chart.pending")).add("data", pending)
                                        .add("backgroundColor", PENDING_COLOUR))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", Messages.text("hours.chart.hours")))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
