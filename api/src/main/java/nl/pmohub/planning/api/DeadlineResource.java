package nl.pmohub.planning.api;

import nl.pmohub.shared.api.TenantScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.planning.application.Deadline;
import nl.pmohub.planning.application.MilestoneService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deadlines across the tenant's active projects: open milestones due soon, and missed ones. */
@Path("t/{tenant}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
public class DeadlineResource extends TenantScoped {

    @Inject
    Clock clock;

    /** One flagged milestone; {@code missed} when its planned date has passed. */
    @Schema(name = "Deadline")
    public record DeadlineResponse(UUID milestoneId, UUID projectId, String projectCode, String projectName, String milestone,
                                   LocalDate plannedDate, String owner, boolean missed) {
    }

    @Inject
    MilestoneService milestones;

    @GET
    @Operation(summary = "Deadlines", description = "Open milestones of active projects due within `days` days, and missed ones, soonest first (at most 50).")
    public List<DeadlineResponse> list(@QueryParam("days") @DefaultValue("14") @Min(0) @Max(366) int days) {
        LocalDate today = LocalDate.now(clock);
        return milestones.deadlines(days).stream()
                .map(d -> new DeadlineResponse(d.milestoneId(), d.projectId(), d.projectCode(), d.projectName(), d.milestone(),
                        d.plannedDate(), d.owner(), d.isMissed(today)))
                .toList();
    }
}
