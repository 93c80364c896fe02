package nl.pmohub.planning.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.validation.ValidPeriod;

import java.time.LocalDate;
import java.util.UUID;

/** The editable facts of a deliverable (a Prince2 product): its planned period, owner, progress and stage. */
@ValidPeriod
public record DeliverableDetails(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 100) String owner,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(0) @Max(100) int percentComplete,
        LocalDate completedOn,
        UUID stageId) implements Period {
}
