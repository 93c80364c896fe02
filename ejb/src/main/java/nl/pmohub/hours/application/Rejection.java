package nl.pmohub.hours.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a project manager sends a week back. */
public record Rejection(@NotBlank @Size(max = 500) String comment) {
}
