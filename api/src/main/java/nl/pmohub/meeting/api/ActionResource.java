package nl.pmohub.meeting.api;

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
import nl.pmohub.meeting.api.MeetingWire.ActionRequest;
import nl.pmohub.meeting.api.MeetingWire.ActionResponse;
import nl.pmohub.meeting.api.MeetingWire.DoneRequest;
import nl.pmohub.meeting.application.ActionService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The action items of one project, agreed in a meeting or on their own. Writes need If-Match with the action's ETag. */
@Path("t/{tenant}/projects/{projectId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@APIResponse(responseCode = "404", description = "No such organisation, project or action item")
@APIResponse(responseCode = "409", description = "The project is closed")
public class ActionResource extends ProjectScoped {

    @Inject
    ActionService actions;

    @GET
    @Operation(summary = "The project's action items", description = "Open ones first by due date, then done ones.")
    public List<ActionResponse> list() {
        return actions.ofProject(projectId).stream().map(ActionResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an action item")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(actions.get(projectId, id), ActionResponse::of);
    }

    @POST
    @Operation(summary = "Agree an action item", description = "In a meeting (and at one of its agenda items) or on its own; it starts open.")
    @APIResponse(responseCode = "201", description = "Agreed", content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    public Response agree(ActionRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, actions.agree(projectId, request == null ? null : request.meetingId(), request == null ? null : request.agendaItemId(),
                request == null ? null : request.toDetails()), ActionResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise an action item", description = "Description, owner, due date. Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequest request) {
        return EntityTags.ok(actions.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                ActionResponse::of);
    }

    @POST
    @Path("{id}/done")
    @Operation(summary = "Tick an action item off", description = "Done today; {\"done\": false} opens it again. Requires If-Match.")
    public Response done(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DoneRequest request) {
        boolean done = request == null || request.done() == null || request.done();
        return EntityTags.ok(actions.done(projectId, id, EntityTags.requiredVersion(ifMatch), done), ActionResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an action item", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        actions.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
