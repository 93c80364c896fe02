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
import java.util.UUID;

/** An actual cost of a project, booked on a day within the project. */
@Entity
@Table(name = "cost_entry")
public class CostEntry extends ProjectRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private BudgetCategory category;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "supplier", length = 120)
    private String supplier;

    protected CostEntry() {
    }

    public static CostEntry book(UUID projectId, CostDetails details, Period project) {
        if (details.bookedOn().isBefore(project.startDate()) || details.bookedOn().isAfter(project.endDate())) {
            throw new RuleViolationException("bookedOn", "budget.error.costOutsideProject",
                    "A cost is booked within the project (" + project.startDate() + " – " + project.endDate() + ")",
                    project.startDate(), project.endDate());
        }
        CostEntry cost = new CostEntry();
        cost.identify(projectId);
        cost.category = details.category();
        cost.bookedOn = details.bookedOn();
        cost.amount = details.amount().setScale(2, RoundingMode.HALF_UP);
        cost.description = details.description().strip();
        cost.supplier = details.supplier() == null || details.supplier().isBlank() ? null : details.supplier().strip();
        return cost;
    }
}
