package nl.pmohub.reporting.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.portfolio.domain.RagStatus;

/** What the project manager writes in a report: a RAG per dimension and overall, and four texts (empty when left out). */
public record ReportContent(
        @NotNull RagStatus overall,
        @NotNull RagStatus scope,
        @NotNull RagStatus time,
        @NotNull RagStatus cost,
        @NotNull RagStatus quality,
        @NotNull RagStatus risk,
        @Size(max = TEXT) String achieved,
        @Size(max = TEXT) String plannedNext,
        @Size(max = TEXT) String issues,
        @Size(max = TEXT) String decisionsNeeded) {

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
