package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.MarketplaceRequest;
import nl.pmohub.shared.application.Records;

import java.util.List;

/** The current tenant's marketplace requests. */
public interface RequestRepository extends Records<MarketplaceRequest> {

    /** The tenant's requests, open ones first, newest first, with their project's code. */
    List<Object[]> withProjectCodes(int limit);

    /** The code of the request's project. */
    String projectCode(MarketplaceRequest request);
}
