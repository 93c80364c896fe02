package nl.pmohub.marketplace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.EngagementState;
import nl.pmohub.tenancy.application.GuestAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A guest account (a hired professional's) enters the current tenant only on a day one of its engagements there runs:
 * before the start, after the end and after an early end every page and call is refused. The tenant's own accounts
 * pass untouched. One indexed query per guest request.
 */
@ApplicationScoped
public class EngagementGate implements GuestAccess {

    @Inject
    EngagementRepository engagements;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> refusal(String username) {
        if (!Engagement.isGuest(username)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<EngagementState> states = engagements.ofGuest(username).stream().map(e -> e.stateOn(today)).toList();
        if (states.contains(EngagementState.ACTIVE)) {
            return Optional.empty();
        }
        return Optional.of(states.contains(EngagementState.UPCOMING) ? "marketplace.access.notStarted"
                : states.isEmpty() ? "marketplace.access.noEngagement" : "marketplace.access.ended");
    }
}
