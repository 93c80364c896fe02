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
import nl.pmohub.meeting.api.MeetingWire.LessonRequest;
import nl.pmohub.meeting.api.MeetingWire.LessonResponse;
import nl.pmohub.meeting.application.LessonService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The lessons learned of one project. Writes need If-Match with the lesson's ETag. */
@Path("t/{tenant}/projects/{projectId}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@APIResponse(responseCode = "404", description = "No such organisation, project or lesson")
public class LessonResource extends ProjectScoped {

    @Inject
    LessonService lessons;

    @GET
    @Operation(summary = "The project's lessons learned", description = "Latest first.")
    public List<LessonResponse> list() {
        return lessons.ofProject(projectId).stream().map(LessonResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a lesson")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(lessons.get(projectId, id), LessonResponse::of);
    }

    @POST
    @Operation(summary = "Record a lesson learned", description = "Also on closed projects: evaluations often come after the end.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = LessonResponse.class)))
    public Response learn(LessonRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, lessons.learn(projectId, request == null ? null : request.toDetails()), LessonResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a lesson", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LessonRequest request) {
        return EntityTags.ok(lessons.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                LessonResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a lesson", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        lessons.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
