package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.ClientContractRepository;
import nl.pmohub.marketplace.domain.MarketplaceContract;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.util.List;
import java.util.Optional;

/** Clients' contracts with the platform. */
@ApplicationScoped
public class JpaClientContractRepository extends EntityStore<MarketplaceContract> implements ClientContractRepository {

    public JpaClientContractRepository() {
        super(MarketplaceContract.class);
    }

    @Override
    public Optional<MarketplaceContract> ofTenant(String tenant) {
        return em.createQuery("select c from MarketplaceContract c where c.clientTenant = :tenant", MarketplaceContract.class)
                .setParameter("tenant", tenant).getResultStream().findFirst();
    }

    @Override
    public List<MarketplaceContract> all() {
        return em.createQuery("select c from MarketplaceContract c order by c.clientTenant", MarketplaceContract.class).getResultList();
    }
}
