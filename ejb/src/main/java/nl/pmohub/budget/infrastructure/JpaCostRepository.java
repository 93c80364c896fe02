package nl.pmohub.budget.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.budget.application.CostMonth;
import nl.pmohub.budget.application.CostRepository;
import nl.pmohub.budget.application.CostSummary;
import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.CostEntry;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;
import nl.pmohub.shared.infrastructure.SqlValues;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Booked costs of the current tenant: projections, and sums per month and category computed by PostgreSQL. */
@ApplicationScoped
public class JpaCostRepository extends ProjectRecordStore<CostEntry> implements CostRepository {

    private static final String SUMMARY = """
            select new nl.pmohub.budget.application.CostSummary(c.id, c.projectId, c.category, c.bookedOn, c.amount, c.description,
                c.supplier, c.version)
            from CostEntry c where c.projectId = :project""";

    public JpaCostRepository() {
        super(CostEntry.class, "Cost");
    }

    @Override
    public Optional<CostSummary> view(UUID projectId, UUID id) {
        return em.createQuery(SUMMARY + " and c.id = :id", CostSummary.class)
                .setParameter("project", projectId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<CostSummary> recent(UUID projectId, int limit) {
        return em.createQuery(SUMMARY + " order by c.bookedOn desc, c.id", CostSummary.class)
                .setParameter("project", projectId).setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CostMonth> byMonth(UUID projectId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select date_trunc('month', booked_on)::date, category, sum(amount) from cost_entry
                        where tenant_id = current_setting('app.tenant_id', true) and project_id = :project
                        group by 1, 2 order by 1, 2""")
                .setParameter("project", projectId).getResultList();
        return rows.stream().map(row -> new CostMonth(SqlValues.localDate(row[0]),
                BudgetCategory.valueOf((String) row[1]), (BigDecimal) row[2])).toList();
    }
}
