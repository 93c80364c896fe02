package nl.pmohub.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.reporting.application.OpenRisks;

import java.util.Optional;
import java.util.UUID;

/** The risk slot's answer while PMO Hub has no risk register yet: none. The risk context replaces this bean. */
@ApplicationScoped
public class NoRiskRegister implements OpenRisks {

    @Override
    public Optional<RiskCount> of(UUID projectId) {
        return Optional.empty();
    }
}
