package nl.pmohub.improvement.api;

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
import nl.pmohub.improvement.application.Board;
import nl.pmohub.improvement.application.MoveSnapshot;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The PDCA board of one project: its improvement cycles. Writes of a stored cycle need If-Match with its ETag. */
@Path("t/{tenant}/projects/{projectId}/improvements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvements", description = "PDCA boards: improvement cycles moving Plan → Do → Check → Act, with a measurable target")
@APIResponse(responseCode = "404", description = "No such organisation, project or cycle on this board")
@APIResponse(responseCode = "409", description = "The project is closed, or a rule of the board refuses the change; `errors` names the field")
public class ProjectBoardResource extends ProjectScoped {

    @Inject
    BoardOperations operations;

    @GET
    @Operation(summary = BoardOperations.LIST, description = BoardOperations.LIST_TEXT)
    public List<CycleResponse> list(@QueryParam("waste") @Parameter(description = BoardOperations.WASTES) String waste) {
        return operations.list(Board.ofProject(projectId), waste);
    }

    @GET
    @Path("{id}")
    @Operation(summary = BoardOperations.GET)
    public Response get(@PathParam("id") UUID id) {
        return operations.get(Board.ofProject(projectId), id);
    }

    @POST
    @Operation(summary = BoardOperations.START, description = BoardOperations.START_TEXT)
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public Response start(CycleRequest request, @Context UriInfo uri) {
        return operations.start(Board.ofProject(projectId), request, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = BoardOperations.REVISE, description = BoardOperations.REVISE_TEXT)
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CycleRequest request) {
        return operations.revise(Board.ofProject(projectId), id, ifMatch, request);
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = BoardOperations.MOVE, description = BoardOperations.MOVE_TEXT)
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MoveRequest move) {
        return operations.move(Board.ofProject(projectId), id, ifMatch, move);
    }

    @POST
    @Path("{id}/next-cycle")
    @Operation(summary = BoardOperations.NEXT, description = BoardOperations.NEXT_TEXT)
    @APIResponse(responseCode = "201", description = "The next cycle", content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public Response nextCycle(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NextCycleRequest request,
                              @Context UriInfo uri) {
        return operations.nextCycle(Board.ofProject(projectId), id, ifMatch, request, uri);
    }

    @GET
    @Path("{id}/cycles")
    @Operation(summary = BoardOperations.CYCLES, description = BoardOperations.CYCLES_TEXT)
    public List<CycleResponse> lineage(@PathParam("id") UUID id) {
        return operations.lineage(Board.ofProject(projectId), id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = BoardOperations.HISTORY, description = BoardOperations.HISTORY_TEXT)
    public List<MoveSnapshot> history(@PathParam("id") UUID id) {
        return operations.history(Board.ofProject(projectId), id);
    }
}
