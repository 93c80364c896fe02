package nl.pmohub.reporting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's progress report over one period. Rules it keeps itself: written and its figures refreshed only
 * as a draft or when returned; handed in only with what was achieved and what is planned, and with the issues
 * described when anything is amber or red; decided only when handed in, never by whoever handed it in, a
 * return always with a comment; approved is final — a correction is {@link #revise a new revision}.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends ProjectRecord {

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 9)
    private ReportStatus status;

    @Embedded
    private ReportContent content;

    @Embedded
    private ReportFigures figures;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, day")
    private List<ReportItem> items = new ArrayList<>();

    protected ProgressReport() {
    }

    /**
     * A first draft for {@code period} by {@code author}, with the registers' figures and the RAG they suggest
     * for time, cost and risk (scope and quality start green: no register knows them); overall is the worst.
     */
    public static ProgressReport draft(UUID projectId, ReportingPeriod period, String author, ReportFigures figures, List<PlanMention> mentions) {
        ProgressReport report = new ProgressReport();
        report.identify(projectId);
        report.periodStart = period.startDate();
        report.periodEnd = period.endDate();
        report.revision = 1;
        report.status = ReportStatus.DRAFT;
        report.author = Objects.requireNonNull(author);
        ReportContent suggested = new ReportContent(RagStatus.GREEN, RagStatus.GREEN, figures.suggestedTime(), figures.suggestedCost(),
                RagStatus.GREEN, figures.suggestedRisk(), "", "", "", "");
        report.write(new ReportContent(suggested.worstDimension(), suggested.scope(), suggested.time(), suggested.cost(), suggested.quality(),
                suggested.risk(), "", "", "", ""));
        report.takeFigures(figures, mentions);
        return report;
    }

    /** A new draft of this approved report's period, its content and figures copied, to correct it; this one stays as it is. */
    public ProgressReport revise(String reviser) {
        if (status != ReportStatus.APPROVED) {
            throw new RuleViolationException("status", "reports.error.reviseOnlyApproved", "Only an approved report is revised; this one is " + status, status);
        }
        ProgressReport next = new ProgressReport();
        next.identify(projectId());
        next.periodStart = periodStart;
        next.periodEnd = periodEnd;
        next.revision = revision + 1;
        next.status = ReportStatus.DRAFT;
        next.author = Objects.requireNonNull(reviser);
        next.write(content);
        next.takeFigures(figures, items.stream().map(ReportItem::mention).toList());
        return next;
    }

    public void edit(ReportContent content) {
        requireEditable();
        write(content);
    }

    /** Takes the registers' figures again (as of today), keeping what was written. */
    public void refresh(ReportFigures fresh, List<PlanMention> mentions) {
        requireEditable();
        takeFigures(fresh, mentions);
    }

    public void submit(String by, Instant at) {
        requireEditable();
        if (content.achieved().isEmpty()) {
            throw new RuleViolationException("achieved", "reports.error.achievedMissing", "Say what was achieved this period");
        }
        if (content.plannedNext().isEmpty()) {
            throw new RuleViolationException("plannedNext", "reports.error.plannedMissing", "Say what is planned for the next period");
        }
        if (content.issues().isEmpty() && worst() != RagStatus.GREEN) {
            throw new RuleViolationException("issues", "reports.error.issuesMissing", "Amber or red needs its issues described");
        }
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
    }

    public void approve(String by, Instant at) {
        requireDecidableBy(by);
        status = ReportStatus.APPROVED;
        decide(by, at, null);
    }

    public void returnToAuthor(String by, String why, Instant at) {
        if (why == null || why.isBlank()) {
            throw new RuleViolationException("comment", "reports.error.commentRequired", "A returned report says why");
        }
        requireDecidableBy(by);
        status = ReportStatus.RETURNED;
        decide(by, at, why.strip());
    }

    /** A draft (never handed in: a returned report stays on record) may be thrown away. */
    public void requireDiscardable() {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolationException("status", "reports.error.notDiscardable", "Only a draft never handed in is removed; this one is " + status, status);
        }
    }

    private RagStatus worst() {
        RagStatus dimensions = content.worstDimension();
        return dimensions.compareTo(content.overall()) > 0 ? dimensions : content.overall();
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new RuleViolationException("status", status == ReportStatus.APPROVED ? "reports.error.approved" : "reports.error.submitted",
                    "The report is " + status + " and no longer changes", status);
        }
    }

    private void requireDecidableBy(String by) {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolationException("status", "reports.error.notSubmitted", "The report is " + status + ", not SUBMITTED", status);
        }
        if (by.equals(submittedBy)) {
            throw new RuleViolationException("status", "reports.error.ownReport", "Nobody decides on a report they handed in themselves");
        }
    }

    private void decide(String by, Instant at, String comment) {
        decidedBy = by;
        decidedAt = at;
        decisionComment = comment;
    }

    private void write(ReportContent written) {
        content = written;
    }

    private void takeFigures(ReportFigures fresh, List<PlanMention> mentions) {
        figures = Objects.requireNonNull(fresh);
        items.clear();
        mentions.forEach(m -> items.add(ReportItem.of(this, m)));
    }

    public ReportContent content() {
        return content;
    }

    public ReportingPeriod period() {
        return new ReportingPeriod(periodStart, periodEnd);
    }

    public int revision() { return revision; }
    public ReportStatus status() { return status; }
    public ReportFigures figures() { return figures; }
    public List<PlanMention> mentions() { return items.stream().map(ReportItem::mention).toList(); }
    public String author() { return author; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionComment() { return decisionComment; }
}
