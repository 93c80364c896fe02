package nl.pmohub.reporting.api;

import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the project manager writes in a report. */
@Schema(name = "ReportContentRequest")
public record ReportContentRequest(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"}, description = "The project as a whole") String overall,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"}) String scope,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"}) String time,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"}) String cost,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"}) String quality,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"}) String risk,
        @Schema(maxLength = ReportContent.TEXT, example = "Ontwerpfase afgerond; aanbesteding installaties gegund.",
                description = "Achieved this period; required to hand the report in") String achieved,
        @Schema(maxLength = ReportContent.TEXT, example = "Start ruwbouw.", description = "Planned for the next period; required to hand the report in") String plannedNext,
        @Schema(maxLength = ReportContent.TEXT, example = "Vergunning later dan verwacht.",
                description = "Issues; required to hand the report in when anything is amber or red") String issues,
        @Schema(maxLength = ReportContent.TEXT, example = "Akkoord op inzet onvoorziene post.", description = "Decisions needed from the steering group") String decisionsNeeded) {

    ReportContent toContent() {
        return new ReportContent(rag("overall", overall), rag("scope", scope), rag("time", time), rag("cost", cost), rag("quality", quality),
                rag("risk", risk), achieved, plannedNext, issues, decisionsNeeded);
    }

    private static RagStatus rag(String field, String value) {
        return Inputs.enumValue(RagStatus.class, field, value);
    }
}
