package nl.pmohub.stakeholder.api;

import nl.pmohub.stakeholder.application.CommunicationSummary;
import nl.pmohub.stakeholder.domain.CommunicationDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the communication plan with when it last went out and when it is due next. */
@Schema(name = "Communication")
public record CommunicationResponse(UUID id, UUID projectId, String projectCode, String subject, String audience, String frequency, String channel,
                                    String owner, LocalDate firstDue, LocalDate lastDone,
                                    @Schema(description = "Absent once a one-off went out") LocalDate nextDue,
                                    @Schema(description = "The next due date has passed") boolean late, long version) {

    static CommunicationResponse of(CommunicationSummary c, LocalDate today) {
        CommunicationDetails d = c.details();
        return new CommunicationResponse(c.id(), c.projectId(), c.projectCode(), d.subject(), d.audience(), d.frequency().name(), d.channel().name(),
                d.owner(), d.firstDue(), c.lastDone(), c.nextDue(), c.late(today), c.version());
    }
}
