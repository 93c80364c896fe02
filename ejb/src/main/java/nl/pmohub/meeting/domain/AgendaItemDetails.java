package nl.pmohub.meeting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda item: the topic, who presents it, and the minutes taken of it (empty until the meeting). */
public record AgendaItemDetails(
        @NotBlank @Size(max = 200) String topic,
        @Size(max = 100) String presenter,
        @Size(max = 8000) String minutes) {
}
