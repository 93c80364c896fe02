package nl.pmohub.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of a project's decision log, perhaps recorded in a meeting. Where it was recorded never changes; what was
 * decided may be worded better later (the database keeps its search vector in step).
 */
@Entity
@Table(name = "decision")
public class Decision extends ProjectRecord {

    @Column(name = "meeting_id", updatable = false)
    private UUID meetingId;
    @Column(name = "agenda_item_id", updatable = false)
    private UUID agendaItemId;
    @Column(name = "decision", nullable = false, length = 500)
    private String decision;
    @Column(name = "rationale", nullable = false, length = 2000)
    private String rationale;
    @Column(name = "alternatives", nullable = false, length = 2000)
    private String alternatives;
    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    protected Decision() {
    }

    public static Decision record(UUID projectId, Origin origin, DecisionDetails details) {
        Decision d = new Decision();
        d.identify(projectId);
        d.meetingId = origin.meetingId().orElse(null);
        d.agendaItemId = origin.agendaItemId().orElse(null);
        d.describe(details);
        return d;
    }

    public void describe(DecisionDetails d) {
        decision = d.decision().strip();
        rationale = Texts.text(d.rationale());
        alternatives = Texts.text(d.alternatives());
        decidedBy = d.decidedBy().strip();
        decidedOn = d.decidedOn();
    }

    public DecisionDetails details() {
        return new DecisionDetails(decision, rationale, alternatives, decidedBy, decidedOn);
    }

    public Origin origin() {
        return Origin.of(meetingId, agendaItemId);
    }
}
