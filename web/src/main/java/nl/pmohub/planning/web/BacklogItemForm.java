package nl.pmohub.planning.web;

import nl.pmohub.shared.web.RecordForm;
import nl.pmohub.planning.application.BacklogItemSummary;
import nl.pmohub.planning.domain.BacklogItemDetails;
import nl.pmohub.planning.domain.ItemStatus;

import java.util.UUID;

/** What the backlog item dialog edits; checked as the {@link BacklogItemDetails} it becomes. */
public class BacklogItemForm extends RecordForm<BacklogItemDetails> {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private Integer estimate;
    private ItemStatus status = ItemStatus.TODO;
    private UUID sprintId;
    private Integer rank;

    static BacklogItemForm of(BacklogItemSummary item) {
        BacklogItemForm form = new BacklogItemForm();
        form.editing(item);
        form.title = item.title();
        form.description = item.description();
        form.estimate = item.estimate();
        form.status = item.status();
        form.sprintId = item.sprintId();
        form.rank = item.rank();
        return form;
    }

    static BacklogItemForm into(UUID sprintId) {
        BacklogItemForm form = new BacklogItemForm();
        form.sprintId = sprintId;
        return form;
    }

    @Override
    public BacklogItemDetails toDetails() {
        return new BacklogItemDetails(title, description, estimate, status, sprintId, rank);
    }


    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getEstimate() { return estimate; }
    public void setEstimate(Integer estimate) { this.estimate = estimate; }
    public ItemStatus getStatus() { return status; }
    public void setStatus(ItemStatus status) { this.status = status; }
    public UUID getSprintId() { return sprintId; }
    public void setSprintId(UUID sprintId) { this.sprintId = sprintId; }
    public Integer getRank() { return rank; }
    public void setRank(Integer rank) { this.rank = rank; }
}
