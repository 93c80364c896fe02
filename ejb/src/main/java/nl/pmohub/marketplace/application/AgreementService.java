package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.hours.application.HoursPort;
import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.marketplace.domain.AgreementOffer;
import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.MarketplaceRequest;
import nl.pmohub.marketplace.domain.Party;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.marketplace.domain.RequestStatus;
import nl.pmohub.marketplace.domain.Vetting;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client's side of assignment agreements. Project managers and administrators offer terms to a candidate of an
 * open request, change them (a new version), withdraw an offer, and accept the version the professional accepted,
 * which concludes the agreement: the request is filled, other offers lapse, an engagement starts, the professional
 * gets an account in the tenant's realm and costs the agreed rate in the tenant's budgets. Concluding happens one at
 * a time per request and per professional (row locks, in that order), so two acceptances at once end with exactly one
 * agreement; a unique index stands behind.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class AgreementService {

    static final String WHAT = "Agreement";
    static final int LIST_LIMIT = 200;

    @Inject
    Clock clock;

    @Inject
    AgreementRepository agreements;

    @Inject
    RequestRepository requests;

    @Inject
    ListingRepository listings;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    EngagementRepository engagements;

    @Inject
    GuestAccounts guests;

    @Inject
    AgreementSheets sheets;

    @Inject
    ClientContractService contracts;

    @Inject
    ProjectPort projects;

    @Inject
    HoursPort hours;

    @Inject
    CurrentTenant tenant;

    @Resource
    SessionContext caller;

    public List<AgreementSummary> list() {
        return sheets.summaries(agreements.ofClient(LIST_LIMIT));
    }

    public AgreementSummary get(@NotNull UUID id) {
        return sheets.summaries(List.of(load(id))).get(0);
    }

    /** The agreement's latest version as the document both sides accept (Dutch PDF). */
    public byte[] pdf(@NotNull UUID id) {
        return sheets.pdf(load(id));
    }

    /** Offers terms to a vetted professional for an open request of the tenant: version 1 of a new agreement. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public AgreementSummary offer(@NotNull UUID requestId, @NotNull UUID professionalId, @NotNull @Valid AgreementOffer offer) {
        MarketplaceRequest request = requests.find(requestId).orElseThrow(() -> new NotFoundException(RequestService.WHAT, requestId));
        if (request.status() != RequestStatus.OPEN) {
            throw new RuleViolationException("requestId", "marketplace.error.notOpen", "The request is " + request.status(), request.status());
        }
        Professional professional = professionals.find(professionalId).filter(p -> p.vetting() == Vetting.VETTED)
                .orElseThrow(() -> new NotFoundException("Professional", professionalId));
        AgreementTerms terms = offer.terms(contracts.feePercent(), LocalDate.now(clock));
        Agreement agreement = Agreement.offer(requestId, request.projectId(), projects.title(request.projectId()), tenant.require(),
                professional.id(), terms, me(), clock.instant());
        agreements.add(agreement);
        agreements.flush();
        return get(agreement.id());
    }

    /** Changed terms: a new version, which the professional must accept again. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public AgreementSummary revise(@NotNull UUID id, long expectedVersion, @NotNull @Valid AgreementOffer offer) {
        Agreement agreement = load(id);
        StaleVersionException.require(WHAT, id, expectedVersion, agreement.version());
        agreement.revise(offer.terms(contracts.feePercent(), LocalDate.now(clock)), Party.CLIENT, me(), clock.instant());
        agreements.flush();
        return get(id);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public AgreementSummary withdraw(@NotNull UUID id, long expectedVersion) {
        Agreement agreement = load(id);
        StaleVersionException.require(WHAT, id, expectedVersion, agreement.version());
        agreement.withdraw(clock.instant());
        agreements.flush();
        return get(id);
    }

    /**
     * The client accepts version {@code number}, which the professional accepted: the agreement is concluded. Accepting
     * a concluded agreement's version again changes nothing.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM})
    public AgreementSummary accept(@NotNull UUID id, int number) {
        Agreement agreement = load(id);
        RequestListing listing = listings.findForUpdate(agreement.requestId()).orElseThrow(() -> new NotFoundException(WHAT, id));
        Professional professional = professionals.findForUpdate(agreement.professionalId())
                .orElseThrow(() -> new NotFoundException("Professional", agreement.professionalId()));
        Instant now = clock.instant();
        if (agreement.status() == AgreementStatus.OFFERED && number == agreement.latestNumber()) {
            requireStillPossible(agreement, listing, professional);
        }
        if (agreement.accept(Party.CLIENT, number, me(), now)) {
            conclude(agreement, listing, professional, now);
        }
        agreements.flush();
        return get(id);
    }

    private void requireStillPossible(Agreement agreement, RequestListing listing, Professional professional) {
        if (!listing.isOpen()) {
            throw new RuleViolationException("requestId", "marketplace.error.requestFilled", "The request is no longer open");
        }
        AgreementTerms terms = agreement.latest().terms();
        if (engagements.engagedOn(professional.id(), agreement.projectId(), terms.startDate(), terms.endDate())) {
            throw new RuleViolationException("professionalId", "marketplace.error.engagedAlready",
                    "The professional works on this project in this period already");
        }
        int committed = engagements.committedHours(professional.id(), terms.startDate(), terms.endDate());
        if (committed + terms.hoursPerWeek() > professional.details().hoursPerWeek()) {
            throw new RuleViolationException("hoursPerWeek", "marketplace.error.noCapacity",
                    "The professional has " + (professional.details().hoursPerWeek() - committed) + " hours a week left in this period",
                    Math.max(0, professional.details().hoursPerWeek() - committed));
        }
    }

    private void conclude(Agreement agreement, RequestListing listing, Professional professional, Instant now) {
        agreements.ofRequest(agreement.requestId()).forEach(other -> other.lapse(now));
        listing.close();
        requests.find(agreement.requestId()).ifPresent(request -> request.fill(now));
        Engagement engagement = Engagement.of(agreement, professional.account());
        engagements.add(engagement);
        hours.setRate(engagement.tenantUsername(), engagement.hourlyRate(), engagement.startDate());
        agreements.flush();
        guests.admit(agreement.clientTenant(), engagement.tenantUsername(), professional.details().name(), professional.details().email(),
                engagement.role());
    }

    private Agreement load(UUID id) {
        return agreements.find(id).filter(a -> a.clientTenant().equals(tenant.require())).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
