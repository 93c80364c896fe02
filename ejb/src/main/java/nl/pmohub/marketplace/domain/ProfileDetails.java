package nl.pmohub.marketplace.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a professional says about themselves. */
public record ProfileDetails(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String tradeName,
        @NotNull @Pattern(regexp = "\\d{8}", message = "{pmohub.kvk}") String kvkNumber,
        @NotNull PmoLevel level,
        @NotNull Integer homePlaceId,
        @Min(0) @Max(300) int travelRadiusKm,
        boolean remoteOnly,
        @NotNull @Positive @Digits(integer = 5, fraction = 2) BigDecimal hourlyRate,
        @NotNull LocalDate availableFrom,
        @Min(4) @Max(40) int hoursPerWeek,
        @Size(max = 12) List<@Valid @NotNull Absence> absences,
        @NotEmpty @Size(max = 16) List<@Valid @NotNull SkillClaim> skills,
        @Size(max = 60) String languages,
        @Size(max = 300) String sectors,
        @Size(max = 500) String certifications,
        @Size(max = 2000) String bio,
        @NotBlank @Email @Size(max = 200) String email,
        @Size(max = 30) String phone) {

    public ProfileDetails {
        skills = skills == null ? null : List.copyOf(skills);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}
