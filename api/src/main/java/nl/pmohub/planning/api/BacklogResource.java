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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.planning.application.BacklogItemSummary;
import nl.pmohub.planning.application.BacklogScope;
import nl.pmohub.planning.application.BacklogService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.domain.BadInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The backlog of one project of the tenant: product backlog and sprint backlogs. Writes need If-Match. */
@Path("t/{tenant}/projects/{projectId}/backlog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Backlog", description = "Backlog items of a project, in the product backlog or planned into a sprint")
@APIResponse(responseCode = "404", description = "No such organisation, project, sprint or item")
@APIResponse(responseCode = "409", description = "The sprint is closed or of another project, or the project is closed")
public class BacklogResource extends ProjectScoped {

    static final String PRODUCT = "product";

    @Inject
    BacklogService backlog;

    @GET
    @Operation(summary = "List backlog items", description = "In rank order.")
    public List<BacklogItemResponse> list(
            @QueryParam("sprint") @Parameter(description = "A sprint's id for its items, `product` for the items in no sprint; absent: all") String sprint) {
        return backlog.list(projectId, scope(sprint)).stream().map(BacklogItemResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a backlog item", description = "The ETag is its version: send it as If-Match to change or remove it.")
    @APIResponse(responseCode = "200", description = "The backlog item", content = @Content(schema = @Schema(implementation = BacklogItemResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(backlog.get(projectId, id), BacklogItemResponse::of);
    }

    @POST
    @Operation(summary = "Add a backlog item", description = "To the product backlog, or into a planned or active sprint of the project.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = BacklogItemResponse.class)))
    public Response add(BacklogItemRequest request, @Context UriInfo uri) {
        BacklogItemSummary added = backlog.add(projectId, request == null ? null : request.toDetails());
        return EntityTags.created(uri, added, BacklogItemResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a backlog item", description = "Also moves it between sprints and the product backlog; DONE records today.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BacklogItemRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(backlog.revise(projectId, id, version, request == null ? null : request.toDetails()), BacklogItemResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a backlog item", description = "Not while it is in a closed sprint.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        backlog.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    private static BacklogScope scope(String sprint) {
        if (sprint == null || sprint.isBlank()) {
            return BacklogScope.ALL;
        }
        if (sprint.strip().toLowerCase(Locale.ROOT).equals(PRODUCT)) {
            return BacklogScope.PRODUCT;
        }
        try {
            return BacklogScope.sprint(UUID.fromString(sprint.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw new BadInputException("sprint", "scrum.error.sprintOrProduct", "must be a sprint id or '" + PRODUCT + "'", PRODUCT);
        }
    }
}
