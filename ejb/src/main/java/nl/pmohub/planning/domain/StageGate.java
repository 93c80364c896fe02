package nl.pmohub.planning.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;
import jakarta.persistence.Version;
import nl.pmohub.shared.domain.BadInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record of a stage gate: the board's decision with the documents it rested on. A record of what
 * happened, so it is written once and never edited.
 */
@Entity
@Table(name = "stage_gate")
public class StageGate extends TenantOwned {

    @Column(name = "stage_id", nullable = false, updatable = false)
    private UUID stageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false, length = 20)
    private GateDecision decision;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "conditions", updatable = false, length = 2000)
    private String conditions;

    @Column(name = "rationale", updatable = false, length = 2000)
    private String rationale;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "gate_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<GateDocument> documents = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Override
    protected void stored(Instant now) {
        createdAt = now;
    }

    protected StageGate() {
    }

    /** Records the decision; going on with conditions names them. */
    public static StageGate record(UUID stageId, GateDecisionDetails details) {
        String conditions = blankToNull(details.conditions());
        if (details.decision() == GateDecision.GO_WITH_CONDITIONS && conditions == null) {
            throw new BadInputException("conditions", "gate.error.conditionsMissing", "A decision to go on with conditions names them");
        }
        StageGate gate = new StageGate();
        gate.identify();
        gate.stageId = stageId;
        gate.decision = details.decision();
        gate.decidedOn = details.decidedOn();
        gate.decidedBy = details.decidedBy().strip();
        gate.conditions = conditions;
        gate.rationale = blankToNull(details.rationale());
        for (GateDocumentDetails document : details.documents()) {
            gate.documents.add(new GateDocument(gate.documents.size(), document));
        }
        return gate;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID stageId() {
        return stageId;
    }

    public GateDecision decision() {
        return decision;
    }

    public GateDecisionDetails details() {
        return new GateDecisionDetails(decision, decidedOn, decidedBy, conditions, rationale,
                documents.stream().map(GateDocument::details).toList());
    }
}
