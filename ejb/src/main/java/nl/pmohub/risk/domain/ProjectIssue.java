package nl.pmohub.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry of the issue log: raised directly, or by a risk that occurred (then it names the risk, takes its title, its
 * owner and the band of its score as priority). Resolved with a resolution and the day, not before it was raised;
 * reopened by taking both away.
 */
@Entity
@Table(name = "project_issue")
public class ProjectIssue extends ProjectRecord {

    @Column(name = "risk_id", updatable = false)
    private UUID riskId;
    @Column(name = "title", nullable = false, length = 160)
    private String title;
    @Column(name = "description", nullable = false, length = 2000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 18)
    private IssueKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 6)
    private IssuePriority priority;
    @Column(name = "owner", nullable = false, length = 100)
    private String owner;
    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;
    @Column(name = "resolution", length = 2000)
    private String resolution;
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    protected ProjectIssue() {
    }

    public static ProjectIssue raise(UUID projectId, IssueDetails details, LocalDate today) {
        ProjectIssue issue = new ProjectIssue();
        issue.identify(projectId);
        issue.raisedOn = today;
        issue.revise(details);
        return issue;
    }

    /** The issue a risk becomes when it occurs. */
    public static ProjectIssue ofOccurred(Risk risk, LocalDate today) {
        ProjectIssue issue = raise(risk.projectId(), new IssueDetails(risk.title(), risk.details().effect(), IssueKind.PROBLEM,
                IssuePriority.ofScore(risk.score()), risk.owner()), today);
        issue.riskId = risk.id();
        return issue;
    }

    public void revise(IssueDetails d) {
        title = d.title().strip();
        description = d.description() == null ? "" : d.description().strip();
        kind = d.kind();
        priority = d.priority();
        owner = d.owner().strip();
    }

    /** Resolves the issue on {@code day} with what was done; a blank resolution or a day before it was raised is refused. */
    public void resolve(String resolution, LocalDate day) {
        if (resolution == null || resolution.isBlank()) {
            throw new RuleViolationException("resolution", "issue.error.resolution", "Say how the issue was resolved");
        }
        if (day.isBefore(raisedOn)) {
            throw new RuleViolationException("day", "issue.error.beforeRaised", "An issue cannot be resolved before it was raised");
        }
        this.resolution = resolution.strip();
        this.resolvedOn = day;
    }

    public void reopen() {
        resolution = null;
        resolvedOn = null;
    }

    public IssueDetails details() {
        return new IssueDetails(title, description, kind, priority, owner);
    }

    public Optional<UUID> riskId() { return Optional.ofNullable(riskId); }
    public LocalDate raisedOn() { return raisedOn; }
    public Optional<String> resolution() { return Optional.ofNullable(resolution); }
    public Optional<LocalDate> resolvedOn() { return Optional.ofNullable(resolvedOn); }
}
