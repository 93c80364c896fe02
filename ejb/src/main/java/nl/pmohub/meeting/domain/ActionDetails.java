package nl.pmohub.meeting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An action item: what is to be done, by whom (a person's name as people write it) and by when. */
public record ActionDetails(
        @NotBlank @Size(max = 300) String description,
        @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate dueDate) {
}
