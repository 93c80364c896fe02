package nl.pmohub.planning.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.domain.MilestoneDetails;

import java.time.LocalDate;
import java.util.UUID;

/** What the milestone dialog edits; checked as the {@link MilestoneDetails} it becomes. */
public class MilestoneForm extends RecordForm<MilestoneDetails> {

    private static final long serialVersionUID = 1L;

    private String name;
    private String owner;
    private LocalDate plannedDate;
    private Integer percentComplete = 0;
    private LocalDate achievedOn;
    private UUID stageId;

    public static MilestoneForm of(MilestoneSummary milestone) {
        MilestoneForm form = new MilestoneForm();
        form.editing(milestone);
        form.name = milestone.name();
        form.owner = milestone.owner();
        form.plannedDate = milestone.plannedDate();
        form.percentComplete = milestone.percentComplete();
        form.achievedOn = milestone.achievedOn();
        form.stageId = milestone.stageId();
        return form;
    }

    public static MilestoneForm startingOn(LocalDate plannedDate, String owner) {
        MilestoneForm form = new MilestoneForm();
        form.plannedDate = plannedDate;
        form.owner = owner;
        return form;
    }

    @Override
    public MilestoneDetails toDetails() {
        return new MilestoneDetails(name, owner, plannedDate, percentComplete == null ? 0 : percentComplete, achievedOn, stageId);
    }


    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public void setPlannedDate(LocalDate plannedDate) { this.plannedDate = plannedDate; }
    public Integer getPercentComplete() { return percentComplete; }
    public void setPercentComplete(Integer percentComplete) { this.percentComplete = percentComplete; }
    public LocalDate getAchievedOn() { return achievedOn; }
    public void setAchievedOn(LocalDate achievedOn) { this.achievedOn = achievedOn; }
    public UUID getStageId() { return stageId; }
    public void setStageId(UUID stageId) { this.stageId = stageId; }
}
