package nl.pmohub.contracts.api;

import nl.pmohub.contracts.domain.ContractDetails;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A supplier contract as a client registers or changes it. */
@Schema(name = "ContractRequest")
public record ContractRequest(
        @Schema(required = true, maxLength = 120, example = "Installatiebedrijf Van Dam B.V.") String supplier,
        @Schema(required = true, pattern = "^\\d{8}$", example = "30123456", description = "The supplier's KvK number: eight digits") String kvkNumber,
        @Schema(required = true, maxLength = 200, example = "W-installaties nieuwbouw") String subject,
        @Schema(required = true, minimum = "0.00", maximum = Inputs.MAX_AMOUNT, example = "480000.00", description = "Euros; committed budget") BigDecimal value,
        @Schema(required = true, example = "2027-01-01") LocalDate startDate,
        @Schema(required = true, example = "2027-12-31", description = "Not before the start") LocalDate endDate,
        @Schema(minimum = "0", maximum = "365", example = "90", description = "Days before the end that notice must be given") int noticeDays,
        @Schema(required = true, maxLength = 100, example = "Jan Bakker") String owner) {

    ContractDetails toDetails() {
        return new ContractDetails(supplier, kvkNumber, subject, value, startDate, endDate, noticeDays, owner);
    }
}
