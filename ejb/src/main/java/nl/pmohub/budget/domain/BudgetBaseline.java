package nl.pmohub.budget.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A project's budget plan as approved at one moment: the planned amount per month and the total (BAC), with
 * why it was taken. Never changes; re-baselining takes the next number and keeps this one.
 */
@Entity
@Table(name = "budget_baseline")
public class BudgetBaseline extends ProjectRecord {

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "taken_by", nullable = false, updatable = false, length = 100)
    private String takenBy;

    @Column(name = "total", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @OneToMany(mappedBy = "baseline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("month")
    private List<BaselineMonth> months = new ArrayList<>();

    protected BudgetBaseline() {
    }

    /** Baseline {@code number} of the project: the plan per month as the lines spread it now. */
    public static BudgetBaseline take(UUID projectId, int number, String reason, String takenBy, Map<YearMonth, BigDecimal> planned) {
        if (planned.isEmpty()) {
            throw new RuleViolationException("lines", "budget.error.nothingToBaseline", "A budget without lines has nothing to baseline");
        }
        BudgetBaseline baseline = new BudgetBaseline();
        baseline.identify(projectId);
        baseline.number = number;
        baseline.reason = Objects.requireNonNull(reason).strip();
        baseline.takenBy = Objects.requireNonNull(takenBy);
        baseline.total = planned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        new TreeMap<>(planned).forEach((month, amount) -> baseline.months.add(BaselineMonth.of(baseline, month, amount)));
        return baseline;
    }

    public int number() {
        return number;
    }

    public String reason() {
        return reason;
    }

    public String takenBy() {
        return takenBy;
    }

    public BigDecimal total() {
        return total;
    }

    public SortedMap<YearMonth, BigDecimal> planned() {
        SortedMap<YearMonth, BigDecimal> planned = new TreeMap<>();
        months.forEach(m -> planned.put(m.month(), m.amount()));
        return planned;
    }
}
