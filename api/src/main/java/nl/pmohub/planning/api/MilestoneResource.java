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
import nl.pmohub.planning.application.MilestoneService;
import nl.pmohub.planning.application.MilestoneSummary;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The milestones of one project of the tenant. Writes need If-Match with the milestone's ETag. */
@Path("t/{tenant}/projects/{projectId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Milestones of a project with baseline and slippage")
@APIResponse(responseCode = "404", description = "No such organisation, project or milestone")
@APIResponse(responseCode = "409", description = "The project is closed")
public class MilestoneResource extends ProjectScoped {

    @Inject
    MilestoneService milestones;

    @GET
    @Operation(summary = "List a project's milestones", description = "In planned order.")
    public List<MilestoneResponse> list() {
        return milestones.ofProject(projectId).stream().map(MilestoneResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a milestone", description = "The ETag is its version: send it as If-Match to change or remove it.")
    @APIResponse(responseCode = "200", description = "The milestone", content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(milestones.get(projectId, id), MilestoneResponse::of);
    }

    @POST
    @Operation(summary = "Plan a milestone", description = "Its baseline is the planned date.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response plan(MilestoneRequest request, @Context UriInfo uri) {
        MilestoneSummary planned = milestones.plan(projectId, request == null ? null : request.toDetails());
        return EntityTags.created(uri, planned, MilestoneResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a milestone", description = "Moving the planned date keeps the baseline: the difference is slippage.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MilestoneRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(milestones.revise(projectId, id, version, request == null ? null : request.toDetails()), MilestoneResponse::of);
    }

    @POST
    @Path("{id}/baseline")
    @Operation(summary = "Re-baseline a milestone", description = "Accepts the planned date as the new baseline (slippage 0).")
    public Response rebaseline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(milestones.rebaseline(projectId, id, EntityTags.requiredVersion(ifMatch)), MilestoneResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a milestone")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        milestones.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
