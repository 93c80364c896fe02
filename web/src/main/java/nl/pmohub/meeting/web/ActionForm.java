package nl.pmohub.meeting.web;

import nl.pmohub.meeting.application.ActionSummary;
import nl.pmohub.meeting.domain.ActionDetails;
import nl.pmohub.shared.web.RecordForm;

import java.time.LocalDate;
import java.util.UUID;

/** What the action dialog edits: a new action may be agreed in a meeting, at one of its agenda items. */
public class ActionForm extends RecordForm<ActionDetails> {

    private static final long serialVersionUID = 1L;

    private String description;
    private String owner;
    private LocalDate dueDate;
    private UUID meetingId;
    private UUID agendaItemId;

    static ActionForm in(UUID meetingId, LocalDate dueDate) {
        ActionForm form = new ActionForm();
        form.meetingId = meetingId;
        form.dueDate = dueDate;
        return form;
    }

    static ActionForm of(ActionSummary s) {
        ActionForm form = new ActionForm();
        form.editing(s);
        form.description = s.details().description();
        form.owner = s.details().owner();
        form.dueDate = s.details().dueDate();
        form.meetingId = s.origin().meetingId().orElse(null);
        form.agendaItemId = s.origin().agendaItemId().orElse(null);
        return form;
    }

    @Override
    public ActionDetails toDetails() {
        return new ActionDetails(description, owner, dueDate);
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public UUID getMeetingId() { return meetingId; }
    public UUID getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(UUID agendaItemId) { this.agendaItemId = agendaItemId; }
}
