package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.application.AgreementRepository;
import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.EntityStore;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Agreements and their versions (read in batches). The client's list is filtered by tenant here as well as by the
 * database's row-level security (V18), which would hide other clients' rows anyway.
 */
@ApplicationScoped
public class JpaAgreementRepository extends EntityStore<Agreement> implements AgreementRepository {

    @Inject
    CurrentTenant tenant;

    public JpaAgreementRepository() {
        super(Agreement.class);
    }

    @Override
    public List<Agreement> ofClient(int limit) {
        return em.createQuery("""
                        select a from Agreement a where a.clientTenant = :tenant
                        order by a.createdAt desc""", Agreement.class)
                .setParameter("tenant", tenant.require()).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Agreement> ofProfessional(UUID professionalId, int limit) {
        return em.createQuery("select a from Agreement a where a.professionalId = :professional order by a.createdAt desc", Agreement.class)
                .setParameter("professional", professionalId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Agreement> ofRequest(UUID requestId) {
        return em.createQuery("select a from Agreement a where a.requestId = :request", Agreement.class).setParameter("request", requestId).getResultList();
    }

    @Override
    public Map<UUID, String> projectNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.projectName from Agreement a where a.id in :ids", Object[].class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of(
                "agreement_one_concluded_uix", () -> new RuleViolationException("requestId", "marketplace.error.requestFilled",
                        "The request is no longer open"),
                "agreement_per_candidate", () -> new RuleViolationException("professionalId", "marketplace.error.offeredAlready",
                        "This candidate has an agreement for the request already"));
    }
}
