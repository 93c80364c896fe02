package nl.pmohub.portfolio.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.validation.ValidPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable facts of a project, as one value: what a create or an update says. Its constraints are
 * the contract of the application service (and so of the API and the forms); the entity itself keeps the
 * rules that depend on its state.
 */
@ValidPeriod
public record ProjectDetails(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{pmohub.project.code}") String code,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 2000) String description,
        @NotNull ProjectMethod method,
        @NotBlank @Size(max = 100) String manager,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull RagStatus status,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget) implements Period {
}
