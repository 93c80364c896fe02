package nl.pmohub.stakeholder.api;

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
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import nl.pmohub.stakeholder.application.StakeholderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The stakeholder map of one project. Writes need If-Match with the stakeholder's ETag. */
@Path("t/{tenant}/projects/{projectId}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders", description = "Stakeholder map: power/interest grid, RACI matrix, communication plan")
@APIResponse(responseCode = "404", description = "No such organisation, project or stakeholder")
@APIResponse(responseCode = "409", description = "The project is closed, or the name is on the map already")
public class StakeholderResource extends ProjectScoped {

    @Inject
    StakeholderService stakeholders;

    @GET
    @Operation(summary = "The project's stakeholders", description = "Most powerful and interested first, each with its quadrant.")
    public List<StakeholderResponse> list() {
        return stakeholders.ofProject(projectId).stream().map(StakeholderResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a stakeholder")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(stakeholders.get(projectId, id), StakeholderResponse::of);
    }

    @POST
    @Operation(summary = "Put a stakeholder on the map", description = "Project managers, the PMO and administrators, on open projects.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    public Response add(StakeholderRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, stakeholders.add(projectId, request == null ? null : request.toDetails()), StakeholderResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a stakeholder", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StakeholderRequest request) {
        return EntityTags.ok(stakeholders.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                StakeholderResponse::of);
    }

    /** A place on the power/interest grid. */
    @Schema(name = "GridPosition")
    public record Position(@Schema(minimum = "1", maximum = "5", example = "4") int power, @Schema(minimum = "1", maximum = "5", example = "2") int interest) {
    }

    @PUT
    @Path("{id}/position")
    @Operation(summary = "Move a stakeholder on the grid", description = "Sets power and interest only (what a drag to another cell does). "
            + "Requires If-Match.")
    public Response place(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Position position) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(stakeholders.place(projectId, id, version, position == null ? 0 : position.power(), position == null ? 0 : position.interest()),
                StakeholderResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Take a stakeholder off the map", description = "Its RACI cells go with it. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        stakeholders.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
