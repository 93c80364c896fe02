package nl.pmohub.stakeholder.application;

import nl.pmohub.shared.application.Versioned;
import nl.pmohub.stakeholder.domain.CommunicationDetails;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the communication plan with when it last went out and when it is due next (none: a one-off that went out). */
public record CommunicationSummary(UUID id, UUID projectId, String projectCode, CommunicationDetails details, LocalDate lastDone,
                                   LocalDate nextDue, long version) implements Versioned {

    public boolean late(LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }
}
