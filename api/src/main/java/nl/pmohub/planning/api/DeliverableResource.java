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
import nl.pmohub.planning.application.DeliverableService;
import nl.pmohub.planning.application.DeliverableSummary;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The deliverables of one project and their finish-to-start dependencies. Writes need If-Match with the deliverable's ETag. */
@Path("t/{tenant}/projects/{projectId}/deliverables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables", description = "Deliverables (products) with baseline, slippage and finish-to-start dependencies")
@APIResponse(responseCode = "400", description = "Invalid input (also: outside the project or its stage, a dependency cycle); `errors` names the fields")
@APIResponse(responseCode = "404", description = "No such organisation, project, deliverable or dependency")
@APIResponse(responseCode = "409", description = "The project is closed")
public class DeliverableResource extends ProjectScoped {

    @Inject
    DeliverableService deliverables;

    /** Names the deliverable that must finish first. */
    @Schema(name = "DependencyRequest")
    public record DependencyRequest(@Schema(required = true) UUID predecessorId) {
    }

    @GET
    @Operation(summary = "List a project's deliverables", description = "In date order, with predecessors and dependency conflicts.")
    public List<DeliverableResponse> list() {
        return deliverables.ofProject(projectId).stream().map(DeliverableResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a deliverable", description = "The ETag is its version: send it as If-Match to change or remove it.")
    @APIResponse(responseCode = "200", description = "The deliverable", content = @Content(schema = @Schema(implementation = DeliverableResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(deliverables.get(projectId, id), DeliverableResponse::of);
    }

    @POST
    @Operation(summary = "Plan a deliverable", description = "Its baseline is the planned period.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = DeliverableResponse.class)))
    public Response plan(DeliverableRequest request, @Context UriInfo uri) {
        DeliverableSummary planned = deliverables.plan(projectId, request == null ? null : request.toDetails());
        return EntityTags.created(uri, planned, DeliverableResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a deliverable", description = "Moving the end keeps the baseline: the difference is slippage.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeliverableRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(deliverables.revise(projectId, id, version, request == null ? null : request.toDetails()), DeliverableResponse::of);
    }

    @POST
    @Path("{id}/baseline")
    @Operation(summary = "Re-baseline a deliverable", description = "Accepts the planned period as the new baseline (slippage 0).")
    public Response rebaseline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(deliverables.rebaseline(projectId, id, EntityTags.requiredVersion(ifMatch)), DeliverableResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a deliverable", description = "Its dependencies go with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        deliverables.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/predecessors")
    @Operation(summary = "Add a finish-to-start dependency", description = "This deliverable depends on the predecessor; a cycle is refused (400).")
    public Response link(@PathParam("id") UUID id, DependencyRequest request) {
        return EntityTags.ok(deliverables.link(projectId, id, request == null ? null : request.predecessorId()), DeliverableResponse::of);
    }

    @DELETE
    @Path("{id}/predecessors/{predecessorId}")
    @Operation(summary = "Remove a dependency")
    public Response unlink(@PathParam("id") UUID id, @PathParam("predecessorId") UUID predecessorId) {
        return EntityTags.ok(deliverables.unlink(projectId, id, predecessorId), DeliverableResponse::of);
    }
}
