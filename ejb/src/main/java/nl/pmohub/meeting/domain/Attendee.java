package nl.pmohub.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

import java.util.Optional;
import java.util.UUID;

/**
 * A stakeholder invited to a meeting, present or absent. The name is copied when the attendance is recorded, so the
 * minutes still name them after they leave the project's map (the database then forgets only the stakeholder's id).
 */
@Entity
@Table(name = "meeting_attendee")
public class Attendee extends TenantOwned {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;
    @Column(name = "stakeholder_id")
    private UUID stakeholderId;
    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Column(name = "present", nullable = false)
    private boolean present;

    protected Attendee() {
    }

    public static Attendee of(UUID meetingId, UUID stakeholderId, String name, boolean present) {
        Attendee attendee = new Attendee();
        attendee.identify();
        attendee.meetingId = meetingId;
        attendee.stakeholderId = stakeholderId;
        attendee.name = name.strip();
        attendee.present = present;
        return attendee;
    }

    public Optional<UUID> stakeholderId() { return Optional.ofNullable(stakeholderId); }
    public String name() { return name; }
    public boolean present() { return present; }
}
