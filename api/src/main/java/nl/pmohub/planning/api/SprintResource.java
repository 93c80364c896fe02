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
import nl.pmohub.planning.application.SprintService;
import nl.pmohub.planning.application.SprintSummary;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The sprints of one project of the tenant. Writes need If-Match with the sprint's ETag. */
@Path("t/{tenant}/projects/{projectId}/sprints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sprints", description = "Scrum sprints of a project: plan, start, review, burndown")
@APIResponse(responseCode = "404", description = "No such organisation, project or sprint")
@APIResponse(responseCode = "409", description = "A rule refuses it: the team has a sprint in that period or one running already, the sprint is not in the right status, or the project is closed; `errors` names the field")
public class SprintResource extends ProjectScoped {

    @Inject
    SprintService sprints;

    @GET
    @Operation(summary = "List a project's sprints", description = "In date order, with the totals of the items in each.")
    public List<SprintResponse> list() {
        return sprints.ofProject(projectId).stream().map(SprintResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a sprint")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(sprints.get(projectId, id), SprintResponse::of);
    }

    @POST
    @Operation(summary = "Plan a sprint", description = "Gets the next number of the project. A team's sprints do not overlap; at most 8 weeks, within the project.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = SprintResponse.class)))
    public Response plan(SprintRequest request, @Context UriInfo uri) {
        SprintSummary planned = sprints.plan(projectId, request == null ? null : request.toDetails());
        return EntityTags.created(uri, planned, SprintResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a sprint", description = "Team, goal and dates; not once it is closed.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SprintRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(sprints.revise(projectId, id, version, request == null ? null : request.toDetails()), SprintResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a planned sprint", description = "Only before it starts; its items go back to the product backlog.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        sprints.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Start a sprint", description = "The points of its items become the commitment. One active sprint per team.")
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(sprints.start(projectId, id, EntityTags.requiredVersion(ifMatch)), SprintResponse::of);
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Review and close a sprint",
            description = "Records the notes and the points of the done items as completed; items not done go back to the product backlog.")
    public Response review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(sprints.review(projectId, id, version, request == null ? null : request.toReview()), SprintResponse::of);
    }

    @GET
    @Path("{id}/burndown")
    @Operation(summary = "The sprint's burndown", description = "Ideal and actual remaining points for each day of the sprint.")
    public BurndownResponse burndown(@PathParam("id") UUID id) {
        return BurndownResponse.of(sprints.burndown(projectId, id));
    }
}
