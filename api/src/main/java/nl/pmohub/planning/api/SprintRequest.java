package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.SprintDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A sprint as a client plans or changes it. */
@Schema(name = "SprintRequest")
public record SprintRequest(
        @Schema(required = true, maxLength = 60, example = "Team Bouwstenen",
                description = "A team's sprints never overlap, across the organisation's projects") String team,
        @Schema(required = true, maxLength = 500, example = "Hoeveelheden automatisch uit het model halen") String goal,
        @Schema(required = true, example = "2027-03-01", description = "Within the project") LocalDate startDate,
        @Schema(required = true, example = "2027-03-14", description = "Not before the start; at most 8 weeks after it") LocalDate endDate) {

    SprintDetails toDetails() {
        return new SprintDetails(team, goal, startDate, endDate);
    }
}
