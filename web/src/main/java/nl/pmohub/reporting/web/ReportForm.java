package nl.pmohub.reporting.web;

import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.shared.web.RecordForm;

/** What the report page edits; checked as the {@link ReportContent} it becomes. */
public class ReportForm extends RecordForm<ReportContent> {

    private static final long serialVersionUID = 1L;

    private RagStatus overall;
    private RagStatus scope;
    private RagStatus time;
    private RagStatus cost;
    private RagStatus quality;
    private RagStatus risk;
    private String achieved;
    private String plannedNext;
    private String issues;
    private String decisionsNeeded;

    static ReportForm of(ReportDocumentView report) {
        ReportForm form = new ReportForm();
        form.editing(report);
        ReportContent c = report.content();
        form.overall = c.overall();
        form.scope = c.scope();
        form.time = c.time();
        form.cost = c.cost();
        form.quality = c.quality();
        form.risk = c.risk();
        form.achieved = c.achieved();
        form.plannedNext = c.plannedNext();
        form.issues = c.issues();
        form.decisionsNeeded = c.decisionsNeeded();
        return form;
    }

    @Override
    public ReportContent toDetails() {
        return new ReportContent(overall, scope, time, cost, quality, risk, achieved, plannedNext, issues, decisionsNeeded);
    }

    public RagStatus getOverall() { return overall; }
    public void setOverall(RagStatus overall) { this.overall = overall; }
    public RagStatus getScope() { return scope; }
    public void setScope(RagStatus scope) { this.scope = scope; }
    public RagStatus getTime() { return time; }
    public void setTime(RagStatus time) { this.time = time; }
    public RagStatus getCost() { return cost; }
    public void setCost(RagStatus cost) { this.cost = cost; }
    public RagStatus getQuality() { return quality; }
    public void setQuality(RagStatus quality) { this.quality = quality; }
    public RagStatus getRisk() { return risk; }
    public void setRisk(RagStatus risk) { this.risk = risk; }
    public String getAchieved() { return achieved; }
    public void setAchieved(String achieved) { this.achieved = achieved; }
    public String getPlannedNext() { return plannedNext; }
    public void setPlannedNext(String plannedNext) { this.plannedNext = plannedNext; }
    public String getIssues() { return issues; }
    public void setIssues(String issues) { this.issues = issues; }
    public String getDecisionsNeeded() { return decisionsNeeded; }
    public void setDecisionsNeeded(String decisionsNeeded) { this.decisionsNeeded = decisionsNeeded; }
}
