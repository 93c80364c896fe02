package nl.pmohub.hours.api;

import nl.pmohub.hours.application.RateSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A person's hourly rate from a day on. */
@Schema(name = "Rate")
public record RateResponse(UUID id, String person, BigDecimal hourlyRate, LocalDate validFrom, long version) {

    static RateResponse of(RateSummary r) {
        return new RateResponse(r.id(), r.person(), r.hourlyRate(), r.validFrom(), r.version());
    }
}
