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
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's requests for interim professionals. Project managers and administrators submit and withdraw
 * them; everyone in the tenant reads them and their shortlist, ranked on submit and kept, and ranked again on the
 * first look after a change to a professional who is on it or would enter it (so it follows every change that can move it).
 * A look at a current shortlist is one query. A shortlist never holds contact details.
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
    AgreementRepository agreements;

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
        listings.add(RequestListing.publish(request, tenant.require(), place));
        requests.flush();
        search.rank(request.id(), SHORTLIST);
        return get(request.id());
    }

    public RequestSummary get(@NotNull UUID id) {
        MarketplaceRequest request = requests.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        return summaries(List.<Object[]>of(new Object[] {request, requests.projectCode(request)})).get(0);
    }

    public List<RequestSummary> list() {
        return summaries(requests.withProjectCodes(LIST_LIMIT));
    }

    /** The best candidates for an open request, best first, with the parts of their score. */
    public List<Candidate> shortlist(@NotNull UUID id) {
        CandidateSearch.KeptShortlist kept = search.kept(id, SHORTLIST).orElseThrow(() -> new NotFoundException(WHAT, id));
        if (!kept.open()) {
            return List.of();
        }
        if (kept.current()) {
            return kept.candidates();
        }
        search.rankAgain(id, SHORTLIST);
        return search.kept(id, SHORTLIST).orElseThrow().candidates();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public RequestSummary withdraw(@NotNull UUID id, long expectedVersion) {
        MarketplaceRequest request = requests.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        StaleVersionException.require(WHAT, id, expectedVersion, request.version());
        request.withdraw(clock.instant());
        listings.find(id).ifPresent(RequestListing::close);
        agreements.ofRequest(id).forEach(offer -> offer.lapse(clock.instant()));
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

    /** Requests (with their project's code) as summaries: their places and listings read in one query each, not one per request. */
    private List<RequestSummary> summaries(List<Object[]> rows) {
        List<MarketplaceRequest> found = rows.stream().map(row -> (MarketplaceRequest) row[0]).toList();
        Map<Integer, Place> named = places.ofIds(found.stream().map(r -> r.details().placeId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, RequestListing> listed = listings.ofIds(found.stream().map(MarketplaceRequest::id).toList());
        return rows.stream().map(row -> {
            MarketplaceRequest request = (MarketplaceRequest) row[0];
            RequestDetails details = request.details();
            String place = details.placeId() == null ? null : Optional.ofNullable(named.get(details.placeId())).map(Place::name).orElse("?");
            Optional<RequestListing> listing = Optional.ofNullable(listed.get(request.id()));
            return new RequestSummary(request.id(), request.projectId(), (String) row[1], details, place, request.status(), request.submittedAt(),
                    request.closedAt(), request.createdBy(), listing.map(RequestListing::interestedCount).orElse(0L),
                    listing.map(RequestListing::shortlistReachedAt).orElse(null), request.version());
        }).toList();
    }
}
