package nl.pmohub.meeting.application;

import java.util.Optional;
import java.util.UUID;

/** Someone invited to a meeting: the stakeholder (gone when they left the map), the name as recorded, present or not. */
public record AttendeeView(Optional<UUID> stakeholderId, String name, boolean present) {
}
