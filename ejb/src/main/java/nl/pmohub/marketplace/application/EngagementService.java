package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.Party;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.StaleVersionException;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client's side of engagements: who works in the tenant through the marketplace, until when, and what it costs in
 * fees month by month. Project managers and administrators may end one early; the professional's access ends with
 * the chosen last day (checked on every request), and at once the account loses its role when that day has passed.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class EngagementService {

    static final String WHAT = "Engagement";
    static final int LIST_LIMIT = 200;

    @Inject
    Event<ProfessionalChanged> changed;

    @Inject
    Clock clock;

    @Inject
    EngagementRepository engagements;

    @Inject
    EngagementSheets sheets;

    @Inject
    GuestAccounts guests;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    CurrentTenant tenant;

    @Resource
    SessionContext caller;

    public List<EngagementSummary> list() {
        return sheets.summaries(engagements.ofClient(LIST_LIMIT), true);
    }

    public EngagementSummary get(@NotNull UUID id) {
        return sheets.summaries(List.of(load(id)), true).get(0);
    }

    /** Ends the engagement early: {@code lastDay} is the professional's last day in the tenant (yesterday: at once). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public EngagementSummary end(@NotNull UUID id, long expectedVersion, @NotNull LocalDate lastDay, @Size(max = 500) String reason) {
        Engagement engagement = load(id);
        StaleVersionException.require(WHAT, id, expectedVersion, engagement.version());
        LocalDate today = LocalDate.now(clock);
        engagement.endEarly(lastDay, today, caller.getCallerPrincipal().getName(), reason);
        engagements.flush();
        if (engagement.lastDay().isBefore(today)) {
            guests.dismiss(engagement.clientTenant(), engagement.tenantUsername());
        }
        return get(id);
    }

    /** The client reviews the professional at the end: the stars count in the professional's rating. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public EngagementSummary review(@NotNull UUID id, @Min(1) @Max(5) int stars, @Size(max = 1000) String text) {
        Engagement engagement = load(id);
        engagement.review(Party.CLIENT, stars, text, caller.getCallerPrincipal().getName(), clock.instant(), LocalDate.now(clock));
        professionals.findForUpdate(engagement.professionalId()).orElseThrow().rated(stars);
        engagements.flush();
        changed.fire(new ProfessionalChanged(engagement.professionalId()));
        return get(id);
    }

    private Engagement load(UUID id) {
        return engagements.find(id).filter(e -> e.clientTenant().equals(tenant.require())).orElseThrow(() -> new NotFoundException(WHAT, id));
    }
}
