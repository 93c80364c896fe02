package nl.pmohub.marketplace.api;

import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The client ends an engagement early. */
@Schema(name = "EngagementEndRequest")
public record EndRequest(
        @Schema(required = true, example = "2027-03-31", description = "The professional's last day of access; yesterday ends it at once") String lastDay,
        @Schema(maxLength = 500) String reason) {

    LocalDate day() {
        return Inputs.date("lastDay", lastDay);
    }
}
