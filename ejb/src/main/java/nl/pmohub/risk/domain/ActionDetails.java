package nl.pmohub.risk.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An action of a risk's response: what, who, by when. */
public record ActionDetails(
        @NotBlank @Size(max = 300) String description,
        @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate dueDate) {
}
