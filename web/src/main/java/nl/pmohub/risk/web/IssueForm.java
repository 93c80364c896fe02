package nl.pmohub.risk.web;

import nl.pmohub.risk.application.IssueSummary;
import nl.pmohub.risk.domain.IssueDetails;
import nl.pmohub.risk.domain.IssueKind;
import nl.pmohub.risk.domain.IssuePriority;
import nl.pmohub.shared.web.RecordForm;

/** What the issue dialog edits (checked as the {@link IssueDetails} it becomes), and the resolution it may resolve with. */
public class IssueForm extends RecordForm<IssueDetails> {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private IssueKind kind = IssueKind.PROBLEM;
    private IssuePriority priority = IssuePriority.MEDIUM;
    private String owner;
    private String resolution;
    private boolean open = true;

    static IssueForm raising(String owner) {
        IssueForm form = new IssueForm();
        form.owner = owner;
        return form;
    }

    static IssueForm of(IssueSummary issue) {
        IssueForm form = new IssueForm();
        form.editing(issue);
        IssueDetails d = issue.details();
        form.title = d.title();
        form.description = d.description();
        form.kind = d.kind();
        form.priority = d.priority();
        form.owner = d.owner();
        form.resolution = issue.resolution();
        form.open = issue.open();
        return form;
    }

    @Override
    public IssueDetails toDetails() {
        return new IssueDetails(title, description, kind, priority, owner);
    }

    public boolean isOpen() { return open; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public IssueKind getKind() { return kind; }
    public void setKind(IssueKind kind) { this.kind = kind; }
    public IssuePriority getPriority() { return priority; }
    public void setPriority(IssuePriority priority) { this.priority = priority; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
}
