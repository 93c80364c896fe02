package nl.pmohub.planning.web;

import nl.pmohub.planning.domain.GateDecision;
import nl.pmohub.planning.domain.GateDecisionDetails;
import nl.pmohub.planning.domain.GateDocumentDetails;
import nl.pmohub.planning.domain.GateDocumentKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gate dialog records. It proposes the documents a board usually decides on (the latest progress
 * report, the risk register, the budget); the user names them and may drop or add rows.
 */
public class GateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One document row of the dialog. */
    public static class Document implements Serializable {
        private static final long serialVersionUID = 1L;
        private GateDocumentKind kind;
        private String title;
        private String reference;

        Document(GateDocumentKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public GateDocumentKind getKind() { return kind; }
        public void setKind(GateDocumentKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
    }

    private GateDecision decision = GateDecision.GO;
    private LocalDate decidedOn;
    private String decidedBy;
    private String conditions;
    private String rationale;
    private final List<Document> documents = new ArrayList<>();

    /** A gate decided {@code today}, with the documents a gate usually rests on proposed. */
    static GateForm proposing(LocalDate today, String progressReport, String riskRegister, String budget) {
        GateForm form = new GateForm();
        form.decidedOn = today;
        form.documents.add(new Document(GateDocumentKind.PROGRESS_REPORT, progressReport));
        form.documents.add(new Document(GateDocumentKind.RISK_REGISTER, riskRegister));
        form.documents.add(new Document(GateDocumentKind.BUDGET, budget));
        return form;
    }

    GateDecisionDetails toDetails() {
        return new GateDecisionDetails(decision, decidedOn, decidedBy, conditions, rationale, documents.stream()
                .filter(d -> d.title != null && !d.title.isBlank())
                .map(d -> new GateDocumentDetails(d.kind, d.title, d.reference)).toList());
    }

    public void addDocument() {
        documents.add(new Document(GateDocumentKind.OTHER, null));
    }

    public void removeDocument(Document document) {
        documents.remove(document);
    }

    public boolean isWithConditions() { return decision == GateDecision.GO_WITH_CONDITIONS; }
    public GateDecision getDecision() { return decision; }
    public void setDecision(GateDecision decision) { this.decision = decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public List<Document> getDocuments() { return documents; }
}
