package nl.pmohub.planning.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.planning.application.DeliverableSummary;
import nl.pmohub.planning.domain.DeliverableDetails;

import java.time.LocalDate;
import java.util.UUID;

/** What the deliverable dialog edits; checked as the {@link DeliverableDetails} it becomes. */
public class DeliverableForm extends RecordForm<DeliverableDetails> {

    private static final long serialVersionUID = 1L;

    private String name;
    private String owner;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer percentComplete = 0;
    private LocalDate completedOn;
    private UUID stageId;

    static DeliverableForm of(DeliverableSummary d) {
        DeliverableForm form = new DeliverableForm();
        form.editing(d);
        form.name = d.name();
        form.owner = d.owner();
        form.startDate = d.startDate();
        form.endDate = d.endDate();
        form.percentComplete = d.percentComplete();
        form.completedOn = d.completedOn();
        form.stageId = d.stageId();
        return form;
    }

    static DeliverableForm startingOn(LocalDate start, String owner) {
        DeliverableForm form = new DeliverableForm();
        form.startDate = start;
        form.owner = owner;
        return form;
    }

    @Override
    public DeliverableDetails toDetails() {
        return new DeliverableDetails(name, owner, startDate, endDate, percentComplete == null ? 0 : percentComplete, completedOn, stageId);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getPercentComplete() { return percentComplete; }
    public void setPercentComplete(Integer percentComplete) { this.percentComplete = percentComplete; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public UUID getStageId() { return stageId; }
    public void setStageId(UUID stageId) { this.stageId = stageId; }
}
