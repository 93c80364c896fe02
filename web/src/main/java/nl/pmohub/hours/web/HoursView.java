package nl.pmohub.hours.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.hours.application.MyWeek;
import nl.pmohub.hours.application.TimesheetService;
import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.portfolio.application.ProjectFilter;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.shared.domain.PageRequest;
import nl.pmohub.shared.web.Access;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The signed-in person's week of hours: a grid of projects × days to type in (Tab moves along a row),
 * saved together, each project's week handed in on its own. Weeks are addressed by {@code ?week=} (any day
 * of it), so the browser's back button and bookmarks work.
 */
@Named
@ViewScoped
public class HoursView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient TimesheetService timesheets;

    @Inject
    transient ProjectService projects;

    private String week;
    private LocalDate weekStart;
    private final List<WeekRow> rows = new ArrayList<>();
    private List<ProjectSummary> openProjects = List.of();
    private UUID projectToAdd;

    /** View action: the week named by the link, this week without one (or with a date that does not parse). */
    public void load() {
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? LocalDate.now(clock) : LocalDate.parse(week.strip());
        } catch (DateTimeParseException notADate) {
            day = LocalDate.now(clock);
        }
        MyWeek mine = timesheets.myWeek(day);
        weekStart = mine.weekStart();
        week = weekStart.toString();
        rows.clear();
        mine.sheets().forEach(sheet -> rows.add(WeekRow.of(sheet)));
        openProjects = projects.page(new ProjectFilter(null, null, null, ProjectPhase.ACTIVE), new PageRequest(0, PageRequest.MAX_SIZE, "code", true));
    }

    /** Adds an empty row for the chosen project (saved with the others). */
    public void addProject() {
        if (projectToAdd == null || rows.stream().anyMatch(r -> r.getProjectId().equals(projectToAdd))) {
            return;
        }
        openProjects.stream().filter(p -> p.id().equals(projectToAdd)).findFirst()
                .ifPresent(p -> rows.add(new WeekRow(p.id(), p.code(), p.name())));
        projectToAdd = null;
    }

    /** Saves every row that can still change; each row is its own timesheet. */
    public void save() {
        for (WeekRow row : rows) {
            if (row.isEditable() && (row.getSheetId() != null || row.getTotal().signum() > 0)) {
                row.showStored(timesheets.record(row.getProjectId(), weekStart, row.getVersion(), row.toHours(weekStart)));
            }
        }
        Messages.info("hours.saved");
    }

    /** Saves the grid, then hands in this row's week. */
    public void submit(WeekRow row) {
        save();
        row.showStored(timesheets.submit(row.getProjectId(), row.getSheetId(), row.getVersion()));
        Messages.info("hours.submitted", row.getProjectCode());
    }

    /** The projects that can get a row: open ones not in the grid yet. */
    public List<ProjectSummary> getAddableProjects() {
        return openProjects.stream().filter(p -> rows.stream().noneMatch(r -> r.getProjectId().equals(p.id()))).toList();
    }

    /** Hours per day over all rows, Monday first. */
    public List<BigDecimal> getDayTotals() {
        List<BigDecimal> totals = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            int d = day;
            totals.add(rows.stream().map(r -> r.getHours()[d]).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return totals;
    }

    public BigDecimal getWeekTotal() {
        return getDayTotals().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<LocalDate> getDays() {
        return IntStream.range(0, 7).mapToObj(weekStart::plusDays).toList();
    }

    public String getPreviousWeek() {
        return weekStart.minusWeeks(1).toString();
    }

    public String getNextWeek() {
        return weekStart.plusWeeks(1).toString();
    }

    public boolean isThisWeek() {
        return weekStart.equals(Timesheet.weekOf(LocalDate.now(clock)));
    }

    public int getWeekNumber() {
        return weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public boolean isMayApprove() {
        return timesheets.mayApprove();
    }

    /** Rates are for project managers, the PMO and administrators (the same who may read them). */
    public boolean isMaySeeRates() {
        return Access.changesRecords(FacesContext.getCurrentInstance().getExternalContext());
    }

    public List<WeekRow> getRows() {
        return rows;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public UUID getProjectToAdd() {
        return projectToAdd;
    }

    public void setProjectToAdd(UUID projectToAdd) {
        this.projectToAdd = projectToAdd;
    }
}
