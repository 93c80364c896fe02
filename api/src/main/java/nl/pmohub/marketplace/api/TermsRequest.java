package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.domain.AgreementOffer;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Terms of an assignment agreement as one side writes them; a change of any term makes a new version. */
@Schema(name = "AgreementTermsRequest")
public record TermsRequest(
        @Schema(required = true, minimum = "0.01", maximum = "1000.00", example = "95.00", description = "Euros per hour, excluding VAT") BigDecimal hourlyRate,
        @Schema(minimum = "4", maximum = "40", example = "24") int hoursPerWeek,
        @Schema(required = true, example = "2027-01-04", description = "Not before today") String startDate,
        @Schema(required = true, example = "2027-06-30", description = "The last day; at most 104 weeks after the start") String endDate,
        @Schema(minimum = "0", maximum = "90", example = "14", description = "Days of notice") int noticeDays,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"PMO", "PM", "VIEWER"},
                description = "The professional's role in the organisation's tenant while the engagement runs") String role) {

    AgreementOffer toOffer() {
        return new AgreementOffer(hourlyRate, hoursPerWeek, Inputs.date("startDate", startDate), Inputs.date("endDate", endDate), noticeDays,
                role == null ? null : Inputs.enumValue(GuestRole.class, "role", role));
    }
}
