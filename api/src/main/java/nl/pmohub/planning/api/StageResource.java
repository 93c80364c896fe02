package nl.pmohub.planning.api;

import nl.pmohub.shared.api.ProjectScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.planning.application.GateSummary;
import nl.pmohub.planning.application.StageService;
import nl.pmohub.planning.application.StageSummary;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The Prince2 stages of one project, their tolerances and their gates. Writes need If-Match with the stage's ETag. */
@Path("t/{tenant}/projects/{projectId}/stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stages", description = "Prince2 stages with time and cost tolerances, and stage gates")
@APIResponse(responseCode = "400", description = "Invalid input (also: overlapping another stage, outside the project); `errors` names the fields")
@APIResponse(responseCode = "404", description = "No such organisation, project or stage")
@APIResponse(responseCode = "409", description = "The project or stage is closed, or the stage is not running")
public class StageResource extends ProjectScoped {

    @Inject
    Clock clock;

    @Inject
    StageService stages;

    @GET
    @Operation(summary = "List a project's stages", description = "In date order, with the tolerances each exceeds today.")
    public List<StageResponse> list() {
        return stages.ofProject(projectId).stream().map(s -> StageResponse.of(s, LocalDate.now(clock))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a stage", description = "The ETag is its version: send it as If-Match to change or remove it.")
    @APIResponse(responseCode = "200", description = "The stage", content = @Content(schema = @Schema(implementation = StageResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(stages.get(projectId, id), this::wire);
    }

    @POST
    @Operation(summary = "Plan a stage", description = "The project's first stage runs at once; later ones start when the gate before them says go.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = StageResponse.class)))
    public Response plan(StageRequest request, @Context UriInfo uri) {
        StageSummary planned = stages.plan(projectId, request == null ? null : request.toDetails());
        return EntityTags.created(uri, planned, this::wire);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a stage", description = "Moving the end keeps the baseline end: beyond the time tolerance the stage is in exception.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StageRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(stages.revise(projectId, id, version, request == null ? null : request.toDetails()), this::wire);
    }

    @POST
    @Path("{id}/baseline")
    @Operation(summary = "Re-baseline a stage", description = "The board accepts the forecast end as the new baseline end (after an exception plan).")
    public Response rebaseline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(stages.rebaseline(projectId, id, EntityTags.requiredVersion(ifMatch)), this::wire);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a stage that has not started")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        stages.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/gate")
    @Operation(summary = "Record the stage gate decision",
            description = "Only for the running stage, with at least one document. The stage closes; GO or GO_WITH_CONDITIONS starts the "
                    + "next planned stage, STOP closes the project. If-Match is the stage's ETag.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = GateResponse.class)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GateRequest request, @Context UriInfo uri) {
        long version = EntityTags.requiredVersion(ifMatch);
        GateSummary gate = stages.decide(projectId, id, version, request == null ? null : request.toDetails(LocalDate.now(clock)));
        return Response.created(uri.getAbsolutePath()).entity(GateResponse.of(gate)).build();
    }

    @GET
    @Path("{id}/gate")
    @Operation(summary = "The stage gate decision with its documents")
    public GateResponse gate(@PathParam("id") UUID id) {
        return GateResponse.of(stages.gate(projectId, id));
    }

    /** A stage as clients see it, its tolerances judged on today's date. */
    private StageResponse wire(StageSummary stage) {
        return StageResponse.of(stage, LocalDate.now(clock));
    }
}
