package nl.pmohub.hours.web;

import nl.pmohub.hours.application.TimesheetSummary;
import nl.pmohub.hours.domain.DayHours;
import nl.pmohub.hours.domain.SheetStatus;
import nl.pmohub.hours.domain.WeekHours;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One project's row of the week grid: seven editable days and the timesheet they belong to, if any yet. */
public class WeekRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID projectId;
    private final String projectCode;
    private final String projectName;
    private UUID sheetId;
    private Long version;
    private SheetStatus status = SheetStatus.OPEN;
    private String comment;
    private final BigDecimal[] hours = new BigDecimal[7];

    WeekRow(UUID projectId, String projectCode, String projectName) {
        this.projectId = projectId;
        this.projectCode = projectCode;
        this.projectName = projectName;
        Arrays.fill(hours, BigDecimal.ZERO);
    }

    static WeekRow of(TimesheetSummary sheet) {
        WeekRow row = new WeekRow(sheet.projectId(), sheet.projectCode(), sheet.projectName());
        row.showStored(sheet);
        return row;
    }

    /** Takes what the service stored: id, version, status and the days as they are now. */
    void showStored(TimesheetSummary sheet) {
        sheetId = sheet.id();
        version = sheet.version();
        status = sheet.status();
        comment = sheet.comment();
        for (int day = 0; day < 7; day++) {
            hours[day] = sheet.days().get(day);
        }
    }

    /** All seven days as the service's input (empty cells count as 0, which clears a day). */
    WeekHours toHours(LocalDate monday) {
        List<DayHours> days = new ArrayList<>(7);
        for (int day = 0; day < 7; day++) {
            days.add(new DayHours(monday.plusDays(day), hours[day] == null ? BigDecimal.ZERO : hours[day]));
        }
        return new WeekHours(days);
    }

    public BigDecimal getTotal() {
        return Arrays.stream(hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /** Whether it can be handed in now: stored, editable and with hours. */
    public boolean isSubmittable() {
        return sheetId != null && isEditable() && getTotal().signum() > 0;
    }

    public BigDecimal[] getHours() {
        return hours;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public String getProjectName() {
        return projectName;
    }

    public UUID getSheetId() {
        return sheetId;
    }

    public Long getVersion() {
        return version;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }
}
