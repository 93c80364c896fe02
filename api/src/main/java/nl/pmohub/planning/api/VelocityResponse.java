package nl.pmohub.planning.api;

import nl.pmohub.planning.domain.Velocity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The velocity of a project: its closed sprints' results, oldest first. */
@Schema(name = "Velocity")
public record VelocityResponse(
        List<SprintResult> sprints,
        @Schema(description = "Average completed points of the last three closed sprints (0 when none)") BigDecimal recentAverage) {

    /** One closed sprint. */
    @Schema(name = "SprintResult")
    public record SprintResult(UUID sprintId, int number, String team, LocalDate endDate, int committedPoints, int completedPoints) {
    }

    static VelocityResponse of(Velocity v) {
        return new VelocityResponse(v.sprints().stream()
                .map(s -> new SprintResult(s.sprintId(), s.number(), s.team(), s.endDate(), s.committedPoints(), s.completedPoints()))
                .toList(), v.recentAverage());
    }
}
