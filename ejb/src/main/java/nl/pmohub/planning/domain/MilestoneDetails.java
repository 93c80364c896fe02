package nl.pmohub.planning.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** The editable facts of a milestone (optionally in a Prince2 stage, then within it); the service's contract (API and forms) validates them. */
public record MilestoneDetails(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 100) String owner,
        @NotNull LocalDate plannedDate,
        @Min(0) @Max(100) int percentComplete,
        LocalDate achievedOn,
        UUID stageId) {
}
