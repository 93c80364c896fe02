package nl.pmohub.meeting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An entry of the decision log: what was decided, why, which alternatives were weighed, by whom and on which day. */
public record DecisionDetails(
        @NotBlank @Size(max = 500) String decision,
        @Size(max = 2000) String rationale,
        @Size(max = 2000) String alternatives,
        @NotBlank @Size(max = 100) String decidedBy,
        @NotNull LocalDate decidedOn) {
}
