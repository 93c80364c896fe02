package nl.pmohub.budget.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The editable facts of a budget line: what for, how much, and over which months it is planned to be spent. */
public record BudgetLineDetails(
        @NotNull BudgetCategory category,
        @NotBlank @Size(max = 200) String description,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull YearMonth firstMonth,
        @NotNull YearMonth lastMonth) {
}
