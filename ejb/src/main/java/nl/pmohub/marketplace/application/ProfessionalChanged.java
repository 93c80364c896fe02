package nl.pmohub.marketplace.application;

import java.util.UUID;

/**
 * A professional's facts changed (profile, vetting, rating): fired in the transaction that changes them, so that
 * observers after its commit can rank again at once the shortlists the change made stale.
 */
public record ProfessionalChanged(UUID professionalId) {
}
