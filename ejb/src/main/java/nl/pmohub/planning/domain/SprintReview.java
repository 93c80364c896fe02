package nl.pmohub.planning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the sprint review records besides the points: what was shown, learnt and agreed. */
public record SprintReview(@NotBlank @Size(max = 2000) String notes) {
}
