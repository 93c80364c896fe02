package nl.pmohub.marketplace.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client asks for: the level, skills, where (a place and the farthest distance, or remote), from when,
 * how many hours a week for how many weeks, and the highest hourly rate.
 */
public record RequestDetails(
        @NotBlank @Size(max = 120) String title,
        @NotNull PmoLevel level,
        @NotEmpty @Size(max = 12) List<@Valid @NotNull SkillNeed> skills,
        boolean remote,
        Integer placeId,
        @Min(1) @Max(300) Integer maxDistanceKm,
        @NotNull LocalDate startDate,
        @Min(4) @Max(40) int hoursPerWeek,
        @Min(1) @Max(104) int durationWeeks,
        @NotNull @Positive @Digits(integer = 5, fraction = 2) BigDecimal maxRate,
        @Size(max = 2000) String description) {

    public RequestDetails {
        skills = skills == null ? null : List.copyOf(skills);
    }
}
