package nl.pmohub.budget.web;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.BudgetLineDetails;
import nl.pmohub.shared.web.RecordForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** What the budget line dialog edits (months picked as days, taken by their month); checked as {@link BudgetLineDetails}. */
public class BudgetLineForm extends RecordForm<BudgetLineDetails> {

    private static final long serialVersionUID = 1L;

    private BudgetCategory category = BudgetCategory.MATERIALS;
    private String description;
    private BigDecimal amount;
    private LocalDate firstMonth;
    private LocalDate lastMonth;

    static BudgetLineForm over(LocalDate first, LocalDate last) {
        BudgetLineForm form = new BudgetLineForm();
        form.firstMonth = first.withDayOfMonth(1);
        form.lastMonth = last.withDayOfMonth(1);
        return form;
    }

    @Override
    public BudgetLineDetails toDetails() {
        return new BudgetLineDetails(category, description, amount, firstMonth == null ? null : YearMonth.from(firstMonth),
                lastMonth == null ? null : YearMonth.from(lastMonth));
    }

    public BudgetCategory getCategory() { return category; }
    public void setCategory(BudgetCategory category) { this.category = category; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getFirstMonth() { return firstMonth; }
    public void setFirstMonth(LocalDate firstMonth) { this.firstMonth = firstMonth; }
    public LocalDate getLastMonth() { return lastMonth; }
    public void setLastMonth(LocalDate lastMonth) { this.lastMonth = lastMonth; }
}
