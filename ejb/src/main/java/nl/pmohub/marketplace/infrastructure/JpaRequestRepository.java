package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.RequestRepository;
import nl.pmohub.marketplace.domain.MarketplaceRequest;
import nl.pmohub.marketplace.domain.RequestStatus;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.util.List;

/** The current tenant's marketplace requests (filtered by Hibernate's tenant id and walled by row-level security). */
@ApplicationScoped
public class JpaRequestRepository extends EntityStore<MarketplaceRequest> implements RequestRepository {

    public JpaRequestRepository() {
        super(MarketplaceRequest.class);
    }

    @Override
    public List<Object[]> withProjectCodes(int limit) {
        return em.createQuery("""
                        select r, p.code from MarketplaceRequest r join Project p on p.id = r.projectId
                        order by case when r.status = :open then 0 else 1 end, r.submittedAt desc""", Object[].class)
                .setParameter("open", RequestStatus.OPEN).setMaxResults(limit).getResultList();
    }

    @Override
    public String projectCode(MarketplaceRequest request) {
        return em.createQuery("select p.code from Project p where p.id = :id", String.class).setParameter("id", request.projectId()).getSingleResult();
    }
}
