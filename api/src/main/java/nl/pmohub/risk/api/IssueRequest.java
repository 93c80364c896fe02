package nl.pmohub.risk.api;

import nl.pmohub.risk.domain.IssueDetails;
import nl.pmohub.risk.domain.IssueKind;
import nl.pmohub.risk.domain.IssuePriority;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue as a client raises or revises it. */
@Schema(name = "IssueRequest")
public record IssueRequest(
        @Schema(required = true, maxLength = 160, example = "Leverancier levert te laat") String title,
        @Schema(maxLength = 2000) String description,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"PROBLEM", "CHANGE_REQUEST", "OFF_SPECIFICATION"}) String kind,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"HIGH", "MEDIUM", "LOW"}) String priority,
        @Schema(required = true, maxLength = 100, example = "Sophie de Wit") String owner) {

    IssueDetails toDetails() {
        return new IssueDetails(title, description, kind == null ? null : Inputs.enumValue(IssueKind.class, "kind", kind),
                priority == null ? null : Inputs.enumValue(IssuePriority.class, "priority", priority), owner);
    }
}
