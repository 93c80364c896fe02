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
import nl.pmohub.stakeholder.application.CommunicationService;
import nl.pmohub.stakeholder.application.CommunicationSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The communication plan of one project. Writes need If-Match with the line's ETag. */
@Path("t/{tenant}/projects/{projectId}/communications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
@APIResponse(responseCode = "404", description = "No such organisation, project or communication")
@APIResponse(responseCode = "409", description = "The project is closed")
public class CommunicationResource extends ProjectScoped {

    @Inject
    CommunicationService communications;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The project's communication plan", description = "Next due first; one-offs that went out last.")
    public List<CommunicationResponse> list() {
        return communications.ofProject(projectId).stream().map(wire()).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a line of the plan")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(communications.get(projectId, id), wire());
    }

    @POST
    @Operation(summary = "Plan a communication", description = "Project managers, the PMO and administrators, on open projects.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = CommunicationResponse.class)))
    public Response plan(CommunicationRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, communications.plan(projectId, request == null ? null : request.toDetails()), wire());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a line of the plan", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CommunicationRequest request) {
        return EntityTags.ok(communications.revise(projectId, id, EntityTags.requiredVersion(ifMatch), request == null ? null : request.toDetails()),
                wire());
    }

    /** The day a communication went out. */
    @Schema(name = "WentOut")
    public record WentOut(@Schema(description = "Today when absent; not in the future", example = "2026-12-03") LocalDate day) {
    }

    @POST
    @Path("{id}/went-out")
    @Operation(summary = "Record that it went out", description = "Sets when it is due next (none after a one-off). Requires If-Match.")
    @APIResponse(responseCode = "409", description = "The day lies in the future, or the project is closed")
    public Response wentOut(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WentOut body) {
        return EntityTags.ok(communications.wentOut(projectId, id, EntityTags.requiredVersion(ifMatch), body == null ? null : body.day()), wire());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a line of the plan", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        communications.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    private Function<CommunicationSummary, CommunicationResponse> wire() {
        LocalDate today = LocalDate.now(clock);
        return c -> CommunicationResponse.of(c, today);
    }
}
