package nl.pmohub.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.portfolio.domain.RagStatus;

/**
 * What the project manager writes in a report: a RAG per dimension and overall, and four texts (empty when left
 * out). Stored in the report's own columns.
 */
@Embeddable
public record ReportContent(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "rag_overall", nullable = false, length = 5) RagStatus overall,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "rag_scope", nullable = false, length = 5) RagStatus scope,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "rag_time", nullable = false, length = 5) RagStatus time,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "rag_cost", nullable = false, length = 5) RagStatus cost,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "rag_quality", nullable = false, length = 5) RagStatus quality,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "rag_risk", nullable = false, length = 5) RagStatus risk,
        @Size(max = TEXT) @Column(name = "achieved", nullable = false, length = TEXT) String achieved,
        @Size(max = TEXT) @Column(name = "planned_next", nullable = false, length = TEXT) String plannedNext,
        @Size(max = TEXT) @Column(name = "issues", nullable = false, length = TEXT) String issues,
        @Size(max = TEXT) @Column(name = "decisions_needed", nullable = false, length = TEXT) String decisionsNeeded) {

    public static final int TEXT = 4000;

    public ReportContent {
        achieved = tidy(achieved);
        plannedNext = tidy(plannedNext);
        issues = tidy(issues);
        decisionsNeeded = tidy(decisionsNeeded);
    }

    /** The worst of the five dimensions. */
    public RagStatus worstDimension() {
        RagStatus worst = RagStatus.GREEN;
        for (RagStatus rag : new RagStatus[] {scope, time, cost, quality, risk}) {
            if (rag.compareTo(worst) > 0) {
                worst = rag;
            }
        }
        return worst;
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
}
