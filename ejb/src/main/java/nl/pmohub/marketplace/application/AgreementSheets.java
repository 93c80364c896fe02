package nl.pmohub.marketplace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.AgreementVersion;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.MarketplaceContract;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.tenancy.application.TenantDirectory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What both sides' services show of agreements: summaries (their requests and candidates read in one query each)
 * and the document of the latest version, with the parties as the client's contract and the professional's
 * profile name them.
 */
@ApplicationScoped
public class AgreementSheets {

    @Inject
    ListingRepository listings;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    ClientContractRepository contracts;

    @Inject
    TenantDirectory tenants;

    @Inject
    Places places;

    @Inject
    AgreementDocument document;

    List<AgreementSummary> summaries(List<Agreement> found) {
        Map<UUID, RequestListing> listed = listings.ofIds(found.stream().map(Agreement::requestId).collect(Collectors.toSet()));
        Map<UUID, Professional> candidates = professionals.ofIds(found.stream().map(Agreement::professionalId).collect(Collectors.toSet()));
        return found.stream().map(a -> AgreementSummary.of(a, Optional.ofNullable(listed.get(a.requestId())).map(l -> l.terms().title()).orElse(""),
                Optional.ofNullable(candidates.get(a.professionalId())).map(p -> p.details().name()).orElse(""))).toList();
    }

    byte[] pdf(Agreement agreement) {
        return document.render(sheet(agreement));
    }

    AgreementSheet sheet(Agreement agreement) {
        Optional<MarketplaceContract> contract = contracts.ofTenant(agreement.clientTenant());
        String clientName = contract.map(MarketplaceContract::legalName)
                .orElseGet(() -> tenants.find(agreement.clientTenant()).map(TenantDirectory.Entry::name).orElse(agreement.clientTenant()));
        Professional professional = professionals.find(agreement.professionalId()).orElseThrow();
        String place = places.find(professional.details().homePlaceId()).map(Place::name).orElse("");
        RequestListing listing = listings.find(agreement.requestId()).orElseThrow();
        AgreementVersion latest = agreement.latest();
        AgreementTerms terms = latest.terms();
        BigDecimal agreedHours = BigDecimal.valueOf(terms.hoursPerWeek() * terms.weeks());
        return new AgreementSheet(agreement.id(), agreement.latestNumber(), agreement.latestNumber(), agreement.status(),
                clientName, contract.map(MarketplaceContract::kvkNumber),
                professional.details().name(), professional.details().tradeName(), professional.details().kvkNumber(), place,
                agreement.projectName(), listing.terms().title(), listing.terms().level(),
                terms, Fee.on(agreedHours, terms.hourlyRate(), terms.feePercent()),
                latest.drawnUpBy(), latest.drawnUpAt(), latest.professionalAcceptance(), latest.clientAcceptance());
    }
}
