package nl.pmohub.planning.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.planning.domain.StageDetails;
import nl.pmohub.planning.domain.StageKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the stage dialog edits; checked as the {@link StageDetails} it becomes. */
public class StageForm extends RecordForm<StageDetails> {

    private static final long serialVersionUID = 1L;

    private StageKind kind = StageKind.DELIVERY;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer timeToleranceDays = 14;
    private BigDecimal budget;
    private Integer costTolerancePercent = 10;
    private BigDecimal actualCost = BigDecimal.ZERO;
    private BigDecimal forecastCost;

    static StageForm of(StageSummary s) {
        StageForm form = new StageForm();
        form.editing(s);
        form.kind = s.kind();
        form.name = s.name();
        form.startDate = s.startDate();
        form.endDate = s.endDate();
        form.timeToleranceDays = s.timeToleranceDays();
        form.budget = s.budget();
        form.costTolerancePercent = s.costTolerancePercent();
        form.actualCost = s.actualCost();
        form.forecastCost = s.forecastCost();
        return form;
    }

    static StageForm startingOn(LocalDate start, StageKind kind) {
        StageForm form = new StageForm();
        form.startDate = start;
        form.kind = kind;
        return form;
    }

    @Override
    public StageDetails toDetails() {
        return new StageDetails(kind, name, startDate, endDate, timeToleranceDays == null ? 0 : timeToleranceDays, budget,
                costTolerancePercent == null ? 0 : costTolerancePercent, actualCost == null ? BigDecimal.ZERO : actualCost,
                forecastCost == null ? budget : forecastCost);
    }

    public StageKind getKind() { return kind; }
    public void setKind(StageKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getTimeToleranceDays() { return timeToleranceDays; }
    public void setTimeToleranceDays(Integer timeToleranceDays) { this.timeToleranceDays = timeToleranceDays; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public Integer getCostTolerancePercent() { return costTolerancePercent; }
    public void setCostTolerancePercent(Integer costTolerancePercent) { this.costTolerancePercent = costTolerancePercent; }
    public BigDecimal getActualCost() { return actualCost; }
    public void setActualCost(BigDecimal actualCost) { this.actualCost = actualCost; }
    public BigDecimal getForecastCost() { return forecastCost; }
    public void setForecastCost(BigDecimal forecastCost) { this.forecastCost = forecastCost; }
}
