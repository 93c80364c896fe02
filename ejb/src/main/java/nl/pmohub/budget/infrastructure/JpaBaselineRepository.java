package nl.pmohub.budget.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.budget.application.BaselinePlan;
import nl.pmohub.budget.application.BaselineRepository;
import nl.pmohub.budget.domain.BudgetBaseline;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/** Budget baselines of the current tenant: the baselines of a project, then all their months, in two queries. */
@ApplicationScoped
public class JpaBaselineRepository extends ProjectRecordStore<BudgetBaseline> implements BaselineRepository {

    public JpaBaselineRepository() {
        super(BudgetBaseline.class, "Budget baseline");
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("budget_baseline_number", () -> new RuleViolationException("reason", "budget.error.baselineRace",
                "Another baseline was taken at the same moment; reload the budget"));
    }

    @Override
    public List<BaselinePlan> ofProject(UUID projectId) {
        List<BudgetBaseline> baselines = em.createQuery("select b from BudgetBaseline b where b.projectId = :project order by b.number",
                BudgetBaseline.class).setParameter("project", projectId).getResultList();
        Map<UUID, Map<YearMonth, BigDecimal>> months = new HashMap<>();
        if (!baselines.isEmpty()) {
            em.createQuery("select m.baseline.id, m.month, m.amount from BaselineMonth m where m.baseline.projectId = :project", Object[].class)
                    .setParameter("project", projectId).getResultList()
                    .forEach(row -> months.computeIfAbsent((UUID) row[0], id -> new TreeMap<>())
                            .put(YearMonth.from((LocalDate) row[1]), (BigDecimal) row[2]));
        }
        return baselines.stream().map(b -> new BaselinePlan(b.id(), b.number(), b.reason(), b.takenBy(), b.createdAt(), b.total(),
                new TreeMap<>(months.getOrDefault(b.id(), Map.of())), b.version())).toList();
    }

    @Override
    public int lastNumber(UUID projectId) {
        return em.createQuery("select coalesce(max(b.number), 0) from BudgetBaseline b where b.projectId = :project", Integer.class)
                .setParameter("project", projectId).getSingleResult();
    }
}
