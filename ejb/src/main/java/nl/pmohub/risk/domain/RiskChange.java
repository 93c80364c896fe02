package nl.pmohub.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.Instant;
import java.util.UUID;

/** One change of a risk, kept for good: who, when, what changed in words, and the assessment it left (for history and "as of"). */
@Entity
@Table(name = "risk_change")
public class RiskChange extends ProjectRecord {

    @Column(name = "risk_id", nullable = false, updatable = false)
    private UUID riskId;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;
    @Column(name = "what", nullable = false, updatable = false, length = 200)
    private String what;
    @Column(name = "title", nullable = false, updatable = false, length = 160)
    private String title;
    @Column(name = "probability", nullable = false, updatable = false)
    private int probability;
    @Column(name = "impact", nullable = false, updatable = false)
    private int impact;
    @Column(name = "score", nullable = false, updatable = false)
    private int score;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 8)
    private RiskStatus status;
    @Column(name = "owner", nullable = false, updatable = false, length = 100)
    private String owner;

    protected RiskChange() {
    }

    public static RiskChange of(Risk risk, String what, String by, Instant at) {
        RiskChange change = new RiskChange();
        change.identify(risk.projectId());
        change.riskId = risk.id();
        change.changedAt = at;
        change.changedBy = by;
        change.what = what.length() > 200 ? what.substring(0, 200) : what;
        change.title = risk.title();
        change.probability = risk.probability();
        change.impact = risk.impact();
        change.score = risk.score();
        change.status = risk.status();
        change.owner = risk.owner();
        return change;
    }
}
