package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A budget line as the budget shows it. */
public record BudgetLineSummary(UUID id, UUID projectId, BudgetCategory category, String description, BigDecimal amount,
                                LocalDate firstDay, LocalDate lastMonthFirstDay, long version) implements Versioned {

    public YearMonth firstMonth() {
        return YearMonth.from(firstDay);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(lastMonthFirstDay);
    }
}
