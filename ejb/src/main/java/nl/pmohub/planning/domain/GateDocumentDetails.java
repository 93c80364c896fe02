package nl.pmohub.planning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A document a gate decision was based on: its kind, its title and where to find it (a link or a file number). */
public record GateDocumentDetails(
        @NotNull GateDocumentKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 500) String reference) {
}
