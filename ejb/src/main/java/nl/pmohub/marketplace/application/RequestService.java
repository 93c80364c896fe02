package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.marketplace.domain.MarketplaceRequest;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.RequestDetails;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.marketplace.domain.RequestStatus;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's requests for interim professionals. Project managers and administrators submit and withdraw
 * them; everyone in the tenant reads them and their shortlist, which the ranking makes the moment it is asked
 * for (so it follows every profile change). A shortlist never holds contact details.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class RequestService {

    static final String WHAT = "Request";
    /** How many candidates a shortlist shows. */
    public static final int SHORTLIST = 20;
    static final int LIST_LIMIT = 200;

    @Inject
    Clock clock;

    @Inject
    RequestRepository requests;

    @Inject
    CandidateSearch search;

    @Inject
    Places places;

    @Inject
    ProjectPort projects;

    @Inject
    ListingRepository listings;

    @Inject
    CurrentTenant tenant;

    @Resource
    SessionContext caller;

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public RequestSummary submit(@NotNull UUID projectId, @NotNull @Valid RequestDetails details) {
        projects.requireOpen(projectId);
        Optional<Place> place = place(details);
        MarketplaceRequest request = MarketplaceRequest.submit(projectId, details, caller.getCallerPrincipal().getName(), clock.instant(),
                LocalDate.now(clock));
        requests.add(request);
        listings.add(RequestListing.publish(request.id(), tenant.require(), details, place, request.submittedAt()));
        requests.flush();
        return get(request.id());
    }

    public RequestSummary get(@NotNull UUID id) {
        MarketplaceRequest request = requests.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        return summary(request, requests.projectCode(request));
    }

    public List<RequestSummary> list() {
        return requests.withProjectCodes(LIST_LIMIT).stream().map(row -> summary((MarketplaceRequest) row[0], (String) row[1])).toList();
    }

    /** The best candidates for an open request, best first, with the parts of their score. */
    public List<Candidate> shortlist(@NotNull UUID id) {
        MarketplaceRequest request = requests.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        if (request.status() != RequestStatus.OPEN) {
            return List.of();
        }
        List<Candidate> ranked = search.rank(request.details(), place(request.details()), SHORTLIST);
        return listings.find(id).map(listing -> ranked.stream().map(c -> c.answered(listing.answerOf(c.professionalId()).orElse(null))).toList())
                .orElse(ranked);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public RequestSummary withdraw(@NotNull UUID id, long expectedVersion) {
        MarketplaceRequest request = requests.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        StaleVersionException.require(WHAT, id, expectedVersion, request.version());
        request.withdraw(clock.instant());
        listings.find(id).ifPresent(RequestListing::close);
        requests.flush();
        return get(id);
    }

    private Optional<Place> place(RequestDetails details) {
        if (details.remote() || details.placeId() == null) {
            return Optional.empty();
        }
        return Optional.of(places.find(details.placeId()).orElseThrow(() -> new RuleViolationException("placeId",
                "marketplace.error.unknownPlace", "No Dutch place " + details.placeId(), details.placeId())));
    }

    private RequestSummary summary(MarketplaceRequest request, String projectCode) {
        RequestDetails details = request.details();
        String place = details.remote() || details.placeId() == null ? null : places.find(details.placeId()).map(Place::name).orElse("?");
        Optional<RequestListing> listing = listings.find(request.id());
        return new RequestSummary(request.id(), request.projectId(), projectCode, details, place, request.status(), request.submittedAt(),
                request.closedAt(), request.createdBy(), listing.map(RequestListing::interestedCount).orElse(0L),
                listing.map(RequestListing::shortlistReachedAt).orElse(null), request.version());
    }
}
