package nl.pmohub.contracts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The contracts context's published port for budgets: what a project has committed to suppliers. (Agreements
 * with hired professionals from the marketplace will add theirs here.)
 */
@ApplicationScoped
public class Commitments {

    @Inject
    ContractRepository contracts;

    public BigDecimal ofProject(UUID projectId) {
        return contracts.committed(projectId);
    }
}
