package nl.pmohub.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.risk.application.IssueService;
import nl.pmohub.risk.application.IssueSummary;
import nl.pmohub.risk.domain.IssueKind;
import nl.pmohub.risk.domain.IssuePriority;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The issue log of the project page: open issues by priority (resolved ones on request), raised, revised and resolved in a dialog. */
@Named
@ViewScoped
public class IssuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IssueService issues;

    @Inject
    CurrentProject current;

    private List<IssueSummary> list;
    private boolean withResolved;
    private IssueForm form = new IssueForm();

    public List<IssueSummary> getList() {
        if (list == null) {
            list = issues.ofProject(current.getId(), withResolved);
        }
        return list;
    }

    public void startNew() {
        form = IssueForm.raising(current.getDetails().manager());
    }

    public void edit(IssueSummary issue) {
        form = IssueForm.of(issue);
    }

    public void save() {
        IssueSummary saved = form.isNew()
                ? issues.raise(current.getId(), form.toDetails())
                : issues.revise(current.getId(), form.getId(), form.getVersion(), form.toDetails());
        Messages.info("issues.saved", saved.details().title());
        list = null;
    }

    /** Resolves the issue with the dialog's resolution (the details as they were read stay). */
    public void resolve() {
        IssueSummary resolved = issues.resolve(current.getId(), form.getId(), form.getVersion(), form.getResolution(), false);
        Messages.info("issues.resolved", resolved.details().title());
        list = null;
    }

    public void reopen() {
        IssueSummary reopened = issues.resolve(current.getId(), form.getId(), form.getVersion(), null, true);
        Messages.info("issues.reopened", reopened.details().title());
        list = null;
    }

    public void setWithResolved(boolean withResolved) {
        this.withResolved = withResolved;
        list = null;
    }

    public boolean isWithResolved() { return withResolved; }
    public IssueForm getForm() { return form; }
    public IssueKind[] getKinds() { return IssueKind.values(); }
    public IssuePriority[] getPriorities() { return IssuePriority.values(); }
}
