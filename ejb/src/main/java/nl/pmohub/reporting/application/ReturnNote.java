package nl.pmohub.reporting.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a report goes back to its author. */
public record ReturnNote(@NotBlank @Size(max = 1000) String comment) {
}
