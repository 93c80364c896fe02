package nl.pmohub.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An action item of a project, perhaps agreed in a meeting: open until its owner has done it (the day is kept), and
 * overdue while open after its due date. Done may be opened again, which forgets the day.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends ProjectRecord {

    @Column(name = "meeting_id", updatable = false)
    private UUID meetingId;
    @Column(name = "agenda_item_id", updatable = false)
    private UUID agendaItemId;
    @Column(name = "description", nullable = false, length = 300)
    private String description;
    @Column(name = "owner", nullable = false, length = 100)
    private String owner;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 4)
    private ActionStatus status;
    @Column(name = "done_on")
    private LocalDate doneOn;

    protected ActionItem() {
    }

    public static ActionItem agree(UUID projectId, Origin origin, ActionDetails details) {
        ActionItem action = new ActionItem();
        action.identify(projectId);
        action.meetingId = origin.meetingId().orElse(null);
        action.agendaItemId = origin.agendaItemId().orElse(null);
        action.status = ActionStatus.OPEN;
        action.describe(details);
        return action;
    }

    public void describe(ActionDetails d) {
        description = d.description().strip();
        owner = d.owner().strip();
        dueDate = d.dueDate();
    }

    /** Done on {@code today}; done again keeps the first day. */
    public void done(LocalDate today) {
        if (status == ActionStatus.OPEN) {
            status = ActionStatus.DONE;
            doneOn = today;
        }
    }

    public void reopen() {
        status = ActionStatus.OPEN;
        doneOn = null;
    }

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    public ActionDetails details() {
        return new ActionDetails(description, owner, dueDate);
    }

    public Origin origin() { return Origin.of(meetingId, agendaItemId); }
    public ActionStatus status() { return status; }
    public Optional<LocalDate> doneOn() { return Optional.ofNullable(doneOn); }
}
