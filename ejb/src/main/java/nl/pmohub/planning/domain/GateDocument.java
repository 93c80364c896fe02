package nl.pmohub.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;


/** One document of a stage gate's record; part of the {@link StageGate} aggregate and never changed. */
@Entity
@Table(name = "gate_document")
public class GateDocument extends TenantOwned {

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private GateDocumentKind kind;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "reference", updatable = false, length = 500)
    private String reference;

    protected GateDocument() {
    }

    GateDocument(int position, GateDocumentDetails details) {
        identify();
        this.position = position;
        this.kind = details.kind();
        this.title = details.title().strip();
        this.reference = details.reference() == null || details.reference().isBlank() ? null : details.reference().strip();
    }

    public GateDocumentDetails details() {
        return new GateDocumentDetails(kind, title, reference);
    }
}
