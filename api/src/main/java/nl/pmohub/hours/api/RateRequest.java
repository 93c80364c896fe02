package nl.pmohub.hours.api;

import nl.pmohub.hours.domain.RateDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person's hourly rate from a day on; setting it again for that day changes it. */
@Schema(name = "RateRequest")
public record RateRequest(
        @Schema(required = true, maxLength = 100, example = "j.bakker", description = "The user name their hours are registered under") String person,
        @Schema(required = true, minimum = "0.01", maximum = "999999.99", example = "95.00", description = "Euros per hour") BigDecimal hourlyRate,
        @Schema(required = true, example = "2027-01-01") LocalDate validFrom) {

    RateDetails toDetails() {
        return new RateDetails(person, hourlyRate, validFrom);
    }
}
