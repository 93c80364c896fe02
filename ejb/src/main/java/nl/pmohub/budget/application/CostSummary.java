package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A booked cost as lists show it. */
public record CostSummary(UUID id, UUID projectId, BudgetCategory category, LocalDate bookedOn, BigDecimal amount, String description,
                          String supplier, long version) implements Versioned {
}
