package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.AgreementVersion.Acceptance;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.PmoLevel;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the assignment agreement's document says, for one version: the parties with their KvK numbers, the
 * assignment, the terms, the platform's fee (with what it comes to on all agreed hours), and who accepted when.
 *
 * @param clientKvk       empty when the operator has not recorded the client's KvK number yet
 * @param estimatedFee    the fee on the agreed hours per week over the whole period (the statements bill approved hours)
 */
public record AgreementSheet(
        UUID agreementId, int version, int versions, AgreementStatus status,
        String clientName, Optional<String> clientKvk,
        String professionalName, String professionalTradeName, String professionalKvk, String professionalPlace,
        String projectName, String assignment, PmoLevel level,
        AgreementTerms terms, Fee estimatedFee,
        String drawnUpBy, Instant drawnUpAt, Optional<Acceptance> professionalAcceptance, Optional<Acceptance> clientAcceptance) {
}
