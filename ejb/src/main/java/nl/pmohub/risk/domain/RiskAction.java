package nl.pmohub.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action of a risk's response, with its owner and due date; done once, and may be opened again. */
@Entity
@Table(name = "risk_action")
public class RiskAction extends ProjectRecord {

    @Column(name = "risk_id", nullable = false, updatable = false)
    private UUID riskId;
    @Column(name = "description", nullable = false, length = 300)
    private String description;
    @Column(name = "owner", nullable = false, length = 100)
    private String owner;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "done_at")
    private Instant doneAt;

    protected RiskAction() {
    }

    public static RiskAction plan(Risk risk, ActionDetails details) {
        RiskAction action = new RiskAction();
        action.identify(risk.projectId());
        action.riskId = risk.id();
        action.description = details.description().strip();
        action.owner = details.owner().strip();
        action.dueDate = details.dueDate();
        return action;
    }

    /** Marks the action done (at {@code at}) or, with null, open again. */
    public void done(Instant at) {
        doneAt = at;
    }

    public boolean overdue(LocalDate today) {
        return doneAt == null && dueDate.isBefore(today);
    }

    public UUID riskId() { return riskId; }
    public String description() { return description; }
    public String owner() { return owner; }
    public LocalDate dueDate() { return dueDate; }
    public Instant doneAt() { return doneAt; }
}
