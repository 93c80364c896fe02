package nl.pmohub.planning.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What the project board decided at a stage gate, by whom, when, and on the strength of which documents. */
public record GateDecisionDetails(
        @NotNull GateDecision decision,
        @NotNull @PastOrPresent LocalDate decidedOn,
        @NotBlank @Size(max = 100) String decidedBy,
        @Size(max = 2000) String conditions,
        @Size(max = 2000) String rationale,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid GateDocumentDetails> documents) {
}
