package nl.pmohub.risk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import nl.pmohub.risk.application.IssueService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The issue log of one project: raised directly, or by a risk that occurred. Writes need If-Match with the issue's ETag. */
@Path("t/{tenant}/projects/{projectId}/issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks")
@APIResponse(responseCode = "404", description = "No such organisation, project or issue")
@APIResponse(responseCode = "409", description = "The project is closed, or the resolution is missing")
public class IssueResource extends ProjectScoped {

    @Inject
    IssueService issues;

    @GET
    @Operation(summary = "The project's issue log", description = "Open issues by priority; `resolved=true` adds the resolved ones. A risk whose "
            + "status becomes OCCURRED is logged here by itself.")
    public List<IssueResponse> list(@QueryParam("resolved") @Parameter(description = "Include resolved issues") boolean resolved) {
        return issues.ofProject(projectId, resolved).stream().map(IssueResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an issue")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(issues.get(projectId, id), IssueResponse::of);
    }

    @POST
    @Operation(summary = "Raise an issue", description = "Project managers, the PMO and administrators, on open projects.")
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(schema = @Schema(implementation = IssueResponse.class)))
    public Response raise(IssueRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, issues.raise(projectId, request == null ? null : request.toDetails()), IssueResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise an issue", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IssueRequest request) {
        return EntityTags.ok(issues.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                IssueResponse::of);
    }

    /** How an issue was resolved, or that it is open again. */
    @Schema(name = "IssueResolution")
    public record Resolution(@Schema(maxLength = 2000, description = "Required unless reopen") String resolution,
                             @Schema(description = "true: open the resolved issue again") boolean reopen) {
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Resolve an issue (or open it again)", description = "Resolved today with the resolution given. Requires If-Match.")
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Resolution body) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(issues.resolve(projectId, id, version, body == null ? null : body.resolution(), body != null && body.reopen()),
                IssueResponse::of);
    }
}
