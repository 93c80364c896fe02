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
import nl.pmohub.meeting.api.MeetingWire.DecisionRequest;
import nl.pmohub.meeting.api.MeetingWire.DecisionResponse;
import nl.pmohub.meeting.application.DecisionService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The decision log of one project. Writes need If-Match with the decision's ETag. */
@Path("t/{tenant}/projects/{projectId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@APIResponse(responseCode = "404", description = "No such organisation, project or decision")
@APIResponse(responseCode = "409", description = "The project is closed")
public class DecisionResource extends ProjectScoped {

    @Inject
    DecisionService decisions;

    @GET
    @Operation(summary = "The project's decision log", description = "Latest first.")
    public List<DecisionResponse> list() {
        return decisions.ofProject(projectId).stream().map(DecisionResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a decision")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(decisions.get(projectId, id), DecisionResponse::of);
    }

    @POST
    @Operation(summary = "Record a decision", description = "In a meeting (and at one of its agenda items) or on its own.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    public Response record(DecisionRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, decisions.record(projectId, request == null ? null : request.meetingId(),
                request == null ? null : request.agendaItemId(), request == null ? null : request.toDetails()), DecisionResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a decision", description = "Where it was recorded stays. Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionRequest request) {
        return EntityTags.ok(decisions.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                DecisionResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a decision", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        decisions.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
