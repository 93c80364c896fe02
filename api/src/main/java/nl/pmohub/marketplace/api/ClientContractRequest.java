package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.domain.ClientContractTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An operator records a client's contract with the platform. */
@Schema(name = "MarketplaceContractRequest")
public record ClientContractRequest(
        @Schema(required = true, maxLength = 120, example = "Acme Bouw B.V.") String legalName,
        @Schema(pattern = "\\d{8}", example = "12345678", description = "May follow later") String kvkNumber,
        @Schema(required = true, minimum = "0.00", exclusiveMinimum = true, maximum = "30.00", example = "10.00", description = "The fee in percent of rate × approved hours") BigDecimal feePercent) {

    ClientContractTerms toTerms() {
        return new ClientContractTerms(legalName, kvkNumber == null || kvkNumber.isBlank() ? null : kvkNumber, feePercent);
    }
}
