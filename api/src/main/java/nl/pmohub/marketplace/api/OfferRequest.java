package nl.pmohub.marketplace.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A client's offer to a candidate of its request: who, for which request, on which terms. */
@Schema(name = "AgreementOfferRequest")
public record OfferRequest(
        @Schema(required = true) UUID requestId,
        @Schema(required = true, description = "A candidate from the request's shortlist") UUID professionalId,
        @Schema(required = true) TermsRequest terms) {
}
