package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.marketplace.domain.AgreementOffer;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.Party;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A professional's side of the marketplace after answering: the agreements clients offered (accept the latest version,
 * or propose changed terms as a new one), the engagements they led to with their fee statements, and a review of the
 * client at the end. Another
 * professional's agreement is not found.
 */
@Stateless
@RolesAllowed(Roles.PROFESSIONAL)
public class AssignmentService {

    static final int LIST_LIMIT = 200;

    @Inject
    Clock clock;

    @Inject
    AgreementRepository agreements;

    @Inject
    EngagementRepository engagements;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    AgreementSheets agreementSheets;

    @Inject
    EngagementSheets engagementSheets;

    @Resource
    SessionContext caller;

    public List<AgreementSummary> agreements() {
        return me().map(p -> agreementSheets.summaries(agreements.ofProfessional(p.id(), LIST_LIMIT))).orElse(List.of());
    }

    public AgreementSummary agreement(@NotNull UUID id) {
        return agreementSheets.summaries(List.of(load(id))).get(0);
    }

    public byte[] pdf(@NotNull UUID id) {
        return agreementSheets.pdf(load(id));
    }

    /** Accepts version {@code number} (the latest); the client's acceptance then concludes the agreement. Accepting again changes nothing. */
    public AgreementSummary accept(@NotNull UUID id, int number) {
        Agreement agreement = load(id);
        agreement.accept(Party.PROFESSIONAL, number, account(), clock.instant());
        agreements.flush();
        return agreement(id);
    }

    /** Proposes changed terms: a new version the professional accepts by proposing it; the client decides. */
    public AgreementSummary propose(@NotNull UUID id, long expectedVersion, @NotNull @Valid AgreementOffer offer) {
        Agreement agreement = load(id);
        StaleVersionException.require(AgreementService.WHAT, id, expectedVersion, agreement.version());
        agreement.revise(offer.terms(agreement.latest().terms().feePercent(), LocalDate.now(clock)), Party.PROFESSIONAL, account(), clock.instant());
        agreements.flush();
        return agreement(id);
    }

    /** Engagements with every client, with the fee statements issued so far. */
    public List<EngagementSummary> engagements() {
        return me().map(p -> engagementSheets.summaries(engagements.ofProfessional(p.id()), false)).orElse(List.of());
    }

    /** The professional reviews the client at the end of one of their engagements. */
    public EngagementSummary review(@NotNull UUID engagementId, @Min(1) @Max(5) int stars, @Size(max = 1000) String text) {
        UUID mine = me().map(Professional::id).orElse(null);
        Engagement engagement = engagements.find(engagementId).filter(e -> e.professionalId().equals(mine))
                .orElseThrow(() -> new NotFoundException(EngagementService.WHAT, engagementId));
        engagement.review(Party.PROFESSIONAL, stars, text, account(), clock.instant(), LocalDate.now(clock));
        engagements.flush();
        return engagementSheets.summaries(List.of(engagement), false).get(0);
    }

    private Agreement load(UUID id) {
        UUID mine = me().map(Professional::id).orElse(null);
        return agreements.find(id).filter(a -> a.professionalId().equals(mine)).orElseThrow(() -> new NotFoundException(AgreementService.WHAT, id));
    }

    private Optional<Professional> me() {
        return professionals.ofAccount(account());
    }

    private String account() {
        return caller.getCallerPrincipal().getName();
    }
}
