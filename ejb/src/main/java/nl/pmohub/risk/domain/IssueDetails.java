package nl.pmohub.risk.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an issue says: title, description, kind, priority and owner. */
public record IssueDetails(
        @NotBlank @Size(max = 160) String title,
        @Size(max = 2000) String description,
        @NotNull IssueKind kind,
        @NotNull IssuePriority priority,
        @NotBlank @Size(max = 100) String owner) {
}
