package nl.pmohub.budget.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost booked against a project: an invoice, a licence, materials. Labour comes from approved hours instead. */
public record CostDetails(
        @NotNull BudgetCategory category,
        @NotNull LocalDate bookedOn,
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 200) String description,
        @Size(max = 120) String supplier) {
}
