package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A Prince2 management stage. It is planned, started by the gate before it (the first stage of a project
 * starts at once), and closed by its own gate. Its end date is the current forecast; the baseline end is
 * what the board approved, and the time tolerance is measured from it.
 */
@Entity
@Table(name = "stage")
public class Stage extends ProjectRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private StageKind kind;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "baseline_end", nullable = false)
    private LocalDate baselineEnd;

    @Column(name = "time_tolerance_days", nullable = false)
    private int timeToleranceDays;

    @Column(name = "budget", nullable = false, precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "cost_tolerance_pct", nullable = false)
    private int costTolerancePercent;

    @Column(name = "actual_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal actualCost;

    @Column(name = "forecast_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal forecastCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private StageStatus status;

    protected Stage() {
    }

    /** A new stage; the first of a project is active at once (initiation has been authorised). */
    public static Stage plan(UUID projectId, StageDetails details, boolean firstOfProject) {
        Stage stage = new Stage();
        stage.identify(projectId);
        stage.status = firstOfProject ? StageStatus.ACTIVE : StageStatus.PLANNED;
        stage.apply(details);
        stage.baselineEnd = stage.endDate;
        return stage;
    }

    public void revise(StageDetails details) {
        requireOpen();
        apply(details);
    }

    /** The board accepts the forecast end as the new baseline (after an exception plan, say). */
    public void rebaseline() {
        requireOpen();
        baselineEnd = endDate;
    }

    public void start() {
        if (status != StageStatus.PLANNED) {
            throw new RuleViolationException("status", "stage.error.notPlanned", "Stage " + name + " is not planned", name);
        }
        status = StageStatus.ACTIVE;
    }

    /** The end-stage gate closes the stage, whatever the board decided. */
    public void close() {
        if (status != StageStatus.ACTIVE) {
            throw new RuleViolationException("status", "stage.error.notActive", "Only the running stage has a gate; " + name + " is not running", name);
        }
        status = StageStatus.CLOSED;
    }

    public void requireOpen() {
        if (status == StageStatus.CLOSED) {
            throw new RuleViolationException("status", "stage.error.closed", "Stage " + name + " is closed", name);
        }
    }

    public Set<ToleranceBreach> breaches(LocalDate today) {
        return Tolerances.breaches(status, endDate, baselineEnd, timeToleranceDays, budget, costTolerancePercent, forecastCost, today);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    private void apply(StageDetails details) {
        kind = details.kind();
        name = details.name().strip();
        startDate = details.startDate();
        endDate = details.endDate();
        timeToleranceDays = details.timeToleranceDays();
        budget = details.budget();
        costTolerancePercent = details.costTolerancePercent();
        actualCost = details.actualCost();
        forecastCost = details.forecastCost();
    }

    public String name() {
        return name;
    }

    public StageStatus status() {
        return status;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalDate baselineEnd() {
        return baselineEnd;
    }

    public StageDetails details() {
        return new StageDetails(kind, name, startDate, endDate, timeToleranceDays, budget, costTolerancePercent, actualCost, forecastCost);
    }
}
