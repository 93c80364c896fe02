package nl.pmohub.risk.api;

import nl.pmohub.risk.application.IssueSummary;
import nl.pmohub.risk.domain.IssueDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An entry of the issue log. */
@Schema(name = "Issue")
public record IssueResponse(UUID id, UUID projectId, @Schema(description = "The risk that occurred and became this issue, if any") UUID riskId,
                            String title, String description, String kind, String priority, String owner, LocalDate raisedOn,
                            String resolution, LocalDate resolvedOn, boolean open, long version) {

    static IssueResponse of(IssueSummary i) {
        IssueDetails d = i.details();
        return new IssueResponse(i.id(), i.projectId(), i.riskId(), d.title(), d.description(), d.kind().name(), d.priority().name(), d.owner(),
                i.raisedOn(), i.resolution(), i.resolvedOn(), i.open(), i.version());
    }
}
