package nl.pmohub.planning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.validation.ValidPeriod;

import java.time.LocalDate;

/**
 * The editable facts of a sprint; the service's contract (API and forms) validates them. Rules that need
 * more than these values (length, the project's period, overlap with the team's other sprints) are kept by
 * {@link Sprint} and the service.
 */
@ValidPeriod
public record SprintDetails(
        @NotBlank @Size(max = 60) String team,
        @NotBlank @Size(max = 500) String goal,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate) implements Period {
}
