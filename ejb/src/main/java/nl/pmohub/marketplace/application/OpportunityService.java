package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.marketplace.domain.Vetting;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A vetted professional sees the open requests that fit them (by the same rules the ranking applies) and answers
 * each: interested or not. Three interested answers make the request's shortlist and stop its 48-hour clock.
 */
@Stateless
@RolesAllowed(Roles.PROFESSIONAL)
public class OpportunityService {

    static final int LIMIT = 50;

    @Inject
    Clock clock;

    @Inject
    ListingRepository listings;

    @Inject
    ProfessionalRepository professionals;

    @Resource
    SessionContext caller;

    public List<Opportunity> fitting() {
        Professional me = me();
        return me.vetting() == Vetting.VETTED ? listings.fitting(me, LIMIT) : List.of();
    }

    /** Answers a request that fits; one that does not fit (or another's id) is not found. */
    public Opportunity answer(@NotNull UUID listingId, boolean interested) {
        Professional me = me();
        Opportunity fitting = fitting().stream().filter(o -> o.id().equals(listingId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Request", listingId));
        RequestListing listing = listings.find(listingId).orElseThrow(() -> new NotFoundException("Request", listingId));
        listing.answer(me.id(), interested, clock.instant());
        listings.flush();
        return new Opportunity(fitting.id(), fitting.title(), fitting.level(), fitting.remote(), fitting.place(), fitting.distanceKm(),
                fitting.startDate(), fitting.hoursPerWeek(), fitting.durationWeeks(), fitting.maxRate(), fitting.description(), fitting.submittedAt(),
                fitting.absentDays(), interested);
    }

    private Professional me() {
        String account = caller.getCallerPrincipal().getName();
        return professionals.ofAccount(account).orElseThrow(() -> new NotFoundException("Professional", account));
    }
}
