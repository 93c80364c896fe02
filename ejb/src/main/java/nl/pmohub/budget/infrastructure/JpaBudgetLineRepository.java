package nl.pmohub.budget.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.budget.application.BudgetLineRepository;
import nl.pmohub.budget.application.BudgetLineSummary;
import nl.pmohub.budget.domain.BudgetLine;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.util.List;
import java.util.UUID;

/** Budget lines of the current tenant: one projection query per project. */
@ApplicationScoped
public class JpaBudgetLineRepository extends ProjectRecordStore<BudgetLine> implements BudgetLineRepository {

    public JpaBudgetLineRepository() {
        super(BudgetLine.class, "Budget line");
    }

    @Override
    public List<BudgetLineSummary> ofProject(UUID projectId) {
        return em.createQuery("""
                select new nl.pmohub.budget.application.BudgetLineSummary(l.id, l.projectId, l.category, l.description, l.amount,
                    l.firstMonth, l.lastMonth, l.version)
                from BudgetLine l where l.projectId = :project order by l.category, l.firstMonth, l.description""", BudgetLineSummary.class)
                .setParameter("project", projectId).getResultList();
    }
}
