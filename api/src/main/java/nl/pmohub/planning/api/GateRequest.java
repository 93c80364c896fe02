package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.GateDecisionDetails;
import nl.pmohub.planning.domain.GateDocumentDetails;
import nl.pmohub.planning.domain.GateDocumentKind;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The project board's decision at the end of the running stage. */
@Schema(name = "GateRequest")
public record GateRequest(
        @Schema(required = true, enumeration = {"GO", "GO_WITH_CONDITIONS", "STOP"},
                description = "GO starts the next planned stage; STOP closes the project") String decision,
        @Schema(description = "Today when absent; not in the future") LocalDate decidedOn,
        @Schema(required = true, maxLength = 100, example = "Stuurgroep") String decidedBy,
        @Schema(maxLength = 2000, description = "Required with GO_WITH_CONDITIONS") String conditions,
        @Schema(maxLength = 2000) String rationale,
        @Schema(required = true, minItems = 1, maxItems = 20, description = "What the decision was based on: the latest progress report, the risks, the budget")
        List<Document> documents) {

    /** A document the decision rested on. */
    @Schema(name = "GateDocument")
    public record Document(
            @Schema(required = true, enumeration = {"PROGRESS_REPORT", "RISK_REGISTER", "BUDGET", "STAGE_PLAN", "OTHER"}) String kind,
            @Schema(required = true, maxLength = 200, example = "Eindfaserapport fase 2") String title,
            @Schema(maxLength = 500, description = "A link or file number") String reference) {
    }

    /** The decision; without a date it is decided {@code today}. */
    GateDecisionDetails toDetails(LocalDate today) {
        List<GateDocumentDetails> docs = documents == null ? List.of() : IntStream.range(0, documents.size())
                .mapToObj(i -> documents.get(i) == null ? null : new GateDocumentDetails(
                        Inputs.enumValue(GateDocumentKind.class, "documents[" + i + "].kind", documents.get(i).kind()),
                        documents.get(i).title(), documents.get(i).reference()))
                .toList();
        return new GateDecisionDetails(Inputs.enumValue(GateDecision.class, "decision", decision),
                decidedOn == null ? today : decidedOn, decidedBy, conditions, rationale, docs);
    }
}
