package nl.pmohub.reporting.application;

import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.reporting.domain.ReportFigures;
import nl.pmohub.reporting.domain.ReportItemKind;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.reporting.domain.ReportingPeriod;
import nl.pmohub.shared.application.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One whole report: its project, what was written, the figures and the plan items it names, and who did what when. */
public record ReportDocumentView(UUID id, UUID projectId, String projectCode, String projectName, String projectManager,
                                 ReportingPeriod period, int revision, ReportStatus status, ReportContent content, ReportFigures figures,
                                 List<PlanMention> mentions, String author, String submittedBy, Instant submittedAt, String decidedBy,
                                 Instant decidedAt, String decisionComment, boolean superseded, long version) implements Versioned {

    public ReportDocumentView {
        mentions = List.copyOf(mentions);
    }

    public List<PlanMention> mentionsOf(ReportItemKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }
}
