package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.ContractRepository;
import nl.pmohub.marketplace.domain.MarketplaceContract;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.util.List;
import java.util.Optional;

/** Clients' contracts with the platform. */
@ApplicationScoped
public class JpaContractRepository extends EntityStore<MarketplaceContract> implements ContractRepository {

    public JpaContractRepository() {
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
