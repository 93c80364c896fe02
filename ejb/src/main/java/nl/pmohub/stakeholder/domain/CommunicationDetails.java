package nl.pmohub.stakeholder.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A line of the communication plan: what, to whom, how often, by which channel, by whom, due first when. */
public record CommunicationDetails(
        @NotBlank @Size(max = 160) String subject,
        @NotBlank @Size(max = 160) String audience,
        @NotNull Frequency frequency,
        @NotNull Channel channel,
        @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate firstDue) {
}
