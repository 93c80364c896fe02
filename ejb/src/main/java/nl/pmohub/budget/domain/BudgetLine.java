package nl.pmohub.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.ProjectRecord;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A line of a project's budget: an amount for one category, planned to be spent evenly over its months,
 * which lie within the project. Its share of a month is its planned value there.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends ProjectRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private BudgetCategory category;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "first_month", nullable = false)
    private LocalDate firstMonth;

    @Column(name = "last_month", nullable = false)
    private LocalDate lastMonth;

    protected BudgetLine() {
    }

    public static BudgetLine plan(UUID projectId, BudgetLineDetails details, Period project) {
        BudgetLine line = new BudgetLine();
        line.identify(projectId);
        line.apply(details, project);
        return line;
    }

    public void revise(BudgetLineDetails details, Period project) {
        apply(details, project);
    }

    private void apply(BudgetLineDetails details, Period project) {
        if (details.lastMonth().isBefore(details.firstMonth())) {
            throw new RuleViolationException("lastMonth", "budget.error.monthsReversed", "The last month lies before the first");
        }
        YearMonth start = YearMonth.from(project.startDate());
        YearMonth end = YearMonth.from(project.endDate());
        if (details.firstMonth().isBefore(start) || details.lastMonth().isAfter(end)) {
            throw new RuleViolationException(details.firstMonth().isBefore(start) ? "firstMonth" : "lastMonth", "budget.error.outsideProject",
                    "A budget line lies within the project's months (" + start + " – " + end + ")", start, end);
        }
        category = details.category();
        description = details.description().strip();
        amount = details.amount().setScale(2, RoundingMode.HALF_UP);
        firstMonth = details.firstMonth().atDay(1);
        lastMonth = details.lastMonth().atDay(1);
    }

    /** The number of months the line is spread over. */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1;
    }

    public BudgetLineDetails details() {
        return new BudgetLineDetails(category, description, amount, YearMonth.from(firstMonth), YearMonth.from(lastMonth));
    }
}
