package nl.pmohub.planning.api;

import nl.pmohub.planning.application.GateSummary;
import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.GateDocumentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded stage gate decision. */
@Schema(name = "Gate")
public record GateResponse(UUID id, UUID stageId, GateDecision decision, LocalDate decidedOn, String decidedBy, String conditions,
                           String rationale, List<Document> documents) {

    /** A document the decision rested on. */
    @Schema(name = "GateDocumentRecord")
    public record Document(GateDocumentKind kind, String title, String reference) {
    }

    static GateResponse of(GateSummary gate) {
        var d = gate.decision();
        return new GateResponse(gate.id(), gate.stageId(), d.decision(), d.decidedOn(), d.decidedBy(), d.conditions(), d.rationale(),
                d.documents().stream().map(doc -> new Document(doc.kind(), doc.title(), doc.reference())).toList());
    }
}
