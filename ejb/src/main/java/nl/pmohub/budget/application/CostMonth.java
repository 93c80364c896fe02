package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetCategory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Booked costs of one category in one month (its first day), summed in the database. */
public record CostMonth(LocalDate month, BudgetCategory category, BigDecimal amount) {
}
