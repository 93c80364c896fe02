package nl.pmohub.meeting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** What the invitation of a meeting says: title, start (wall-clock time in Europe/Amsterdam), where or which link, who chairs. */
public record MeetingDetails(
        @NotBlank @Size(max = 160) String title,
        @NotNull LocalDateTime startsAt,
        @Size(max = 200) String location,
        @Size(max = 100) String chair) {
}
