package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.FeeStatementRepository;
import nl.pmohub.marketplace.domain.FeeStatement;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Issued fee statements; one per engagement and month (a unique constraint, so two runs at once issue one). */
@ApplicationScoped
public class JpaFeeStatementRepository extends EntityStore<FeeStatement> implements FeeStatementRepository {

    public JpaFeeStatementRepository() {
        super(FeeStatement.class);
    }

    @Override
    public List<FeeStatement> ofEngagements(Collection<UUID> engagementIds) {
        if (engagementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from FeeStatement s where s.engagementId in :ids order by s.month", FeeStatement.class)
                .setParameter("ids", Set.copyOf(engagementIds)).getResultList();
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("fee_statement_once", () -> new RuleViolationException("month", "marketplace.error.statementIssued",
                "The month's statement was issued already"));
    }
}
