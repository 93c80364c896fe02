package nl.pmohub.meeting.domain;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** One stakeholder of the project invited to a meeting, present or absent. */
public record Attendance(@NotNull UUID stakeholderId, boolean present) {
}
