package nl.pmohub.meeting.application;

import nl.pmohub.meeting.domain.LessonDetails;
import nl.pmohub.shared.application.Versioned;

import java.time.LocalDate;
import java.util.UUID;

/** A lesson learned with the day it was recorded; {@code version} is for If-Match. */
public record LessonSummary(UUID id, UUID projectId, LessonDetails details, LocalDate recordedOn, long version) implements Versioned {
}
