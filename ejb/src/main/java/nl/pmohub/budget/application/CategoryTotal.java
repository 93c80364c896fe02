package nl.pmohub.budget.application;

import nl.pmohub.budget.domain.BudgetCategory;

import java.math.BigDecimal;

/** Budget and actual cost of one category, and what is left of it (negative when overspent). */
public record CategoryTotal(BudgetCategory category, BigDecimal budget, BigDecimal actual) {

    public BigDecimal remaining() {
        return budget.subtract(actual);
    }
}
