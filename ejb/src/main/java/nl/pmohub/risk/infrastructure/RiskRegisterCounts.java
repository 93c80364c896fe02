package nl.pmohub.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.reporting.application.OpenRisks;
import nl.pmohub.risk.application.RiskRepository;

import java.util.Optional;
import java.util.UUID;

/** The risk register's answer to progress reports: a project's open risks by score band (high 15+, medium 8+, low). */
@ApplicationScoped
public class RiskRegisterCounts implements OpenRisks {

    @Inject
    RiskRepository risks;

    @Override
    public Optional<RiskCount> of(UUID projectId) {
        return Optional.of(risks.bands(projectId));
    }
}
