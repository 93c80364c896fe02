package nl.pmohub.planning.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The editable facts of a backlog item; the service's contract. {@code estimate} is in story points,
 * {@code null} while not estimated. {@code sprintId} {@code null} means the product backlog; {@code rank}
 * {@code null} keeps the current position (a new item goes last).
 */
public record BacklogItemDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Min(0) @Max(100) Integer estimate,
        @NotNull ItemStatus status,
        UUID sprintId,
        @Min(0) Integer rank) {
}
