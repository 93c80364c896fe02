package nl.pmohub.improvement.application;

import nl.pmohub.improvement.domain.CycleDetails;
import nl.pmohub.improvement.domain.CycleOutcome;
import nl.pmohub.improvement.domain.ImprovementPhase;
import nl.pmohub.shared.application.Versioned;

import java.util.UUID;

/**
 * A cycle as a board shows it: with its project's code ({@code projectId} and {@code projectCode} null for an
 * organisation-wide cycle), its number and predecessor, phase, what it set out to do and what it found;
 * {@code version} is for If-Match.
 */
public record CycleSummary(UUID id, UUID projectId, String projectCode, int number, UUID previousCycleId, ImprovementPhase phase,
                           CycleDetails details, CycleOutcome outcome, long version) implements Versioned {

    /** How far the measured result got from the baseline towards the target, 0–100; 0 before anything was measured. */
    public int progress() {
        return outcome.measured() ? details.progressOf(outcome.result()) : 0;
    }

    /** Whether the measured result reached the target. */
    public boolean achieved() {
        return outcome.measured() && details.reachedBy(outcome.result());
    }

    public boolean tenantWide() {
        return projectId == null;
    }
}
