package nl.pmohub.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantOwned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** One month of a {@link BudgetBaseline}: the amount planned in it. */
@Entity
@Table(name = "budget_baseline_month")
public class BaselineMonth extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "baseline_id", nullable = false, updatable = false)
    private BudgetBaseline baseline;

    @Column(name = "month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected BaselineMonth() {
    }

    static BaselineMonth of(BudgetBaseline baseline, YearMonth month, BigDecimal amount) {
        BaselineMonth row = new BaselineMonth();
        row.identify();
        row.baseline = baseline;
        row.month = month.atDay(1);
        row.amount = amount;
        return row;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public BigDecimal amount() {
        return amount;
    }
}
