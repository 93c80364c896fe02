package nl.pmohub.budget.web;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.CostDetails;
import nl.pmohub.shared.web.RecordForm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the "book a cost" dialog holds; checked as {@link CostDetails}. */
public class CostForm extends RecordForm<CostDetails> {

    private static final long serialVersionUID = 1L;

    private BudgetCategory category = BudgetCategory.MATERIALS;
    private LocalDate bookedOn;
    private BigDecimal amount;
    private String description;
    private String supplier;

    static CostForm on(LocalDate day) {
        CostForm form = new CostForm();
        form.bookedOn = day;
        return form;
    }

    @Override
    public CostDetails toDetails() {
        return new CostDetails(category, bookedOn, amount, description, supplier);
    }

    public BudgetCategory getCategory() { return category; }
    public void setCategory(BudgetCategory category) { this.category = category; }
    public LocalDate getBookedOn() { return bookedOn; }
    public void setBookedOn(LocalDate bookedOn) { this.bookedOn = bookedOn; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
}
