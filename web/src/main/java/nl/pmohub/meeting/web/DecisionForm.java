package nl.pmohub.meeting.web;

import nl.pmohub.meeting.application.DecisionSummary;
import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.shared.web.RecordForm;

import java.time.LocalDate;
import java.util.UUID;

/** What the decision dialog edits: a new decision may be recorded in a meeting, at one of its agenda items. */
public class DecisionForm extends RecordForm<DecisionDetails> {

    private static final long serialVersionUID = 1L;

    private String decision;
    private String rationale;
    private String alternatives;
    private String decidedBy;
    private LocalDate decidedOn;
    private UUID meetingId;
    private UUID agendaItemId;

    static DecisionForm in(UUID meetingId, LocalDate day, String decidedBy) {
        DecisionForm form = new DecisionForm();
        form.meetingId = meetingId;
        form.decidedOn = day;
        form.decidedBy = decidedBy;
        return form;
    }

    static DecisionForm of(DecisionSummary s) {
        DecisionForm form = new DecisionForm();
        form.editing(s);
        DecisionDetails d = s.details();
        form.decision = d.decision();
        form.rationale = d.rationale();
        form.alternatives = d.alternatives();
        form.decidedBy = d.decidedBy();
        form.decidedOn = d.decidedOn();
        form.meetingId = s.origin().meetingId().orElse(null);
        form.agendaItemId = s.origin().agendaItemId().orElse(null);
        return form;
    }

    @Override
    public DecisionDetails toDetails() {
        return new DecisionDetails(decision, rationale, alternatives, decidedBy, decidedOn);
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getAlternatives() { return alternatives; }
    public void setAlternatives(String alternatives) { this.alternatives = alternatives; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public UUID getMeetingId() { return meetingId; }
    public UUID getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(UUID agendaItemId) { this.agendaItemId = agendaItemId; }
}
