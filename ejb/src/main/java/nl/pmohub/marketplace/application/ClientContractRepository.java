package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.MarketplaceContract;
import nl.pmohub.shared.application.Records;

import java.util.List;
import java.util.Optional;

/** Clients' contracts with the platform. */
public interface ClientContractRepository extends Records<MarketplaceContract> {

    Optional<MarketplaceContract> ofTenant(String tenant);

    /** All clients' contracts (the operator's list; in a tenant's transaction only its own). */
    List<MarketplaceContract> all();
}
