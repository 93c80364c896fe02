package nl.pmohub.risk.api;

import nl.pmohub.risk.domain.ActionDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An action of a risk's response as a client plans it. */
@Schema(name = "RiskActionRequest")
public record ActionRequest(
        @Schema(required = true, maxLength = 300, example = "Vooroverleg met de gemeente plannen") String description,
        @Schema(required = true, maxLength = 100, example = "Sophie de Wit") String owner,
        @Schema(required = true, example = "2027-01-10") LocalDate dueDate) {

    ActionDetails toDetails() {
        return new ActionDetails(description, owner, dueDate);
    }
}
