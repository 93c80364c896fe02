package nl.pmohub.reporting.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The slot progress reports keep for the risk register: a project's open risks by score. Until that register
 * exists the only implementation answers empty and reports show "no risk register"; the risk context will
 * provide the real one (and the default goes).
 */
public interface OpenRisks {

    /** Open risks counted by score band (high, medium, low), or empty when the tenant keeps no risk register. */
    Optional<RiskCount> of(UUID projectId);

    record RiskCount(int high, int medium, int low) {
    }
}
