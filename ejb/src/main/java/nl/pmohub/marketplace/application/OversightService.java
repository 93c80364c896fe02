package nl.pmohub.marketplace.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.shared.application.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The 48-hour promise as operators watch it: requests at risk (no shortlist after 24 hours) and the share kept per month. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class OversightService {

    static final Duration AT_RISK_AFTER = Duration.ofHours(24);
    static final int MONTHS = 12;

    @Inject
    Clock clock;

    @Inject
    ListingRepository listings;

    public List<AtRiskRequest> atRisk() {
        Instant now = clock.instant();
        return listings.atRisk(now.minus(AT_RISK_AFTER), now);
    }

    public List<PromiseMonth> promise() {
        return listings.promise(MONTHS);
    }
}
