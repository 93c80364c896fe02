package nl.pmohub.stakeholder.api;

import nl.pmohub.shared.api.Inputs;
import nl.pmohub.stakeholder.domain.Channel;
import nl.pmohub.stakeholder.domain.CommunicationDetails;
import nl.pmohub.stakeholder.domain.Frequency;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A line of the communication plan as a client plans or revises it. */
@Schema(name = "CommunicationRequest")
public record CommunicationRequest(
        @Schema(required = true, maxLength = 160, example = "Voortgangsrapportage") String subject,
        @Schema(required = true, maxLength = 160, example = "Stuurgroep") String audience,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"ONCE", "WEEKLY", "BIWEEKLY", "MONTHLY", "QUARTERLY"}) String frequency,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"MEETING", "EMAIL", "REPORT", "PRESENTATION", "NEWSLETTER", "INTRANET",
                "PHONE"}) String channel,
        @Schema(required = true, maxLength = 100, example = "Joost van den Berg") String owner,
        @Schema(required = true, example = "2027-01-04", description = "When it is due the first time") LocalDate firstDue) {

    CommunicationDetails toDetails() {
        return new CommunicationDetails(subject, audience, frequency == null ? null : Inputs.enumValue(Frequency.class, "frequency", frequency),
                channel == null ? null : Inputs.enumValue(Channel.class, "channel", channel), owner, firstDue);
    }
}
