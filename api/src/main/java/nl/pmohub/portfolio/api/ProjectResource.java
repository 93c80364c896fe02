package nl.pmohub.portfolio.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import nl.pmohub.portfolio.application.ProjectFilter;
import nl.pmohub.portfolio.application.ProjectService;
import nl.pmohub.portfolio.application.ProjectSnapshot;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.api.TenantScoped;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.Inputs;
import nl.pmohub.shared.api.PageResponse;
import nl.pmohub.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The projects of one tenant. */
@Path("t/{tenant}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Projects of the organisation: list, read, create, change, close, delete")
@APIResponse(responseCode = "404", description = "No such organisation or project")
public class ProjectResource extends TenantScoped {

    @Inject
    ProjectService projects;

    @GET
    @Operation(summary = "List projects", description = "Paged, filtered and sorted in the database.")
    @APIResponse(responseCode = "200", description = "A page of projects")
    public PageResponse<ProjectResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) @Parameter(description = "Page size, 1–200") int size,
            @QueryParam("sort") @Parameter(description = "code, name, manager, method, startDate, endDate, status or phase; prefix '-' for descending", example = "-endDate") String sort,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in code, name or manager") String text,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"GREEN", "AMBER", "RED"})) String status,
            @QueryParam("method") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PRINCE2", "SCRUM", "KANBAN", "HYBRID"})) String method,
            @QueryParam("phase") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "CLOSED"})) String phase) {
        boolean descending = sort != null && sort.startsWith("-");
        String property = sort == null || sort.isBlank() ? null : descending ? sort.substring(1) : sort;
        ProjectFilter filter = new ProjectFilter(text,
                Inputs.enumValue(RagStatus.class, "status", status),
                Inputs.enumValue(ProjectMethod.class, "method", method),
                Inputs.enumValue(ProjectPhase.class, "phase", phase));
        return PageResponse.of(projects.list(filter, new PageRequest(page, size, property, !descending)), ProjectResponse::of);
    }

    @GET
    @Path("health")
    @Operation(summary = "Portfolio health", description = "Active projects per RAG status, in total and per method, and closed projects.")
    public PortfolioHealthResponse health() {
        return PortfolioHealthResponse.of(projects.health());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a project", description = "The ETag header carries the version to send back as If-Match.")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(projects.get(id), ProjectResponse::of);
    }

    @POST
    @Operation(summary = "Create a project")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(ProjectRequest request, @Context UriInfo uri) {
        ProjectSnapshot created = projects.start(request == null ? null : request.toDetails());
        return EntityTags.created(uri, created, ProjectResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a project", description = "Replaces the editable facts. Requires If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "409", description = "The project is closed, or the code is taken")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProjectRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(projects.revise(id, version, request == null ? null : request.toDetails()), ProjectResponse::of);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a project", description = "A closed project is read-only until reopened. Requires If-Match.")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(projects.close(id, EntityTags.requiredVersion(ifMatch)), ProjectResponse::of);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed project", description = "Requires If-Match.")
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(projects.reopen(id, EntityTags.requiredVersion(ifMatch)), ProjectResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a project", description = "Project managers and tenant administrators only. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        projects.remove(id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
