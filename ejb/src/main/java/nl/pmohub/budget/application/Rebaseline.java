package nl.pmohub.budget.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the budget is baselined again (a change request approved by the board, a new stage's plan). */
public record Rebaseline(@NotBlank @Size(max = 500) String reason) {
}
