package nl.pmohub.reporting.api;

import nl.pmohub.reporting.application.ReturnNote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a report goes back to its author. */
@Schema(name = "ReturnRequest")
public record ReturnRequest(
        @Schema(required = true, maxLength = 1000, example = "Graag de oorzaak van de vertraging toelichten.") String comment) {

    ReturnNote toNote() {
        return new ReturnNote(comment);
    }
}
