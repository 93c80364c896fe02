package nl.pmohub.meeting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lesson learned: what happened, what we learned from it, what we recommend next time, and a category (optional). */
public record LessonDetails(
        @NotBlank @Size(max = 2000) String whatHappened,
        @NotBlank @Size(max = 2000) String whatWeLearned,
        @Size(max = 2000) String recommendation,
        @Size(max = 60) String category) {
}
