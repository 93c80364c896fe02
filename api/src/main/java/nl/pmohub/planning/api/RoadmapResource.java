package nl.pmohub.planning.api;

import nl.pmohub.shared.api.TenantScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.planning.application.Roadmap;
import nl.pmohub.planning.application.RoadmapService;
import nl.pmohub.planning.application.RoadmapSprint;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The portfolio roadmap: every active project with its stages, milestones and sprints, in one answer. */
@Path("t/{tenant}/roadmap")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class RoadmapResource extends TenantScoped {

    @Inject
    Clock clock;

    @Inject
    RoadmapService roadmaps;

    /** One active project with its plan. */
    @Schema(name = "RoadmapProject")
    public record Row(UUID id, String code, String name, ProjectMethod method, RagStatus status, LocalDate startDate, LocalDate endDate,
                      List<StageResponse> stages, List<MilestoneResponse> milestones, List<RoadmapSprint> sprints) {
    }

    @GET
    @Operation(summary = "The portfolio roadmap", description = "Active projects in start order, each with its stages (tolerance breaches "
            + "included), milestones (baseline and slippage included) and sprints; four queries whatever the size of the portfolio.")
    public List<Row> roadmap(@QueryParam("method") @Parameter(description = "Only projects of this method: PRINCE2, SCRUM, KANBAN, HYBRID")
                             String method) {
        Roadmap roadmap = roadmaps.activeProjects(Inputs.enumValue(ProjectMethod.class, "method", method));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<StageResponse>> stages = roadmap.stages().stream()
                .collect(Collectors.groupingBy(StageSummary::projectId, Collectors.mapping(s -> StageResponse.of(s, today), Collectors.toList())));
        Map<UUID, List<MilestoneResponse>> milestones = roadmap.milestones().stream()
                .collect(Collectors.groupingBy(MilestoneSummary::projectId, Collectors.mapping(MilestoneResponse::of, Collectors.toList())));
        Map<UUID, List<RoadmapSprint>> sprints = roadmap.sprints().stream().collect(Collectors.groupingBy(RoadmapSprint::projectId));
        return roadmap.projects().stream().map(p -> new Row(p.id(), p.code(), p.name(), p.method(), p.status(), p.startDate(), p.endDate(),
                stages.getOrDefault(p.id(), List.of()), milestones.getOrDefault(p.id(), List.of()), sprints.getOrDefault(p.id(), List.of())))
                .toList();
    }
}
