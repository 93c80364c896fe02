package nl.pmohub.contracts.api;

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
import nl.pmohub.contracts.application.ContractService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.ProjectScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The supplier contracts of one project. Writes need If-Match with the contract's ETag. */
@Path("t/{tenant}/projects/{projectId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Supplier contracts: committed budget, end and notice dates")
@APIResponse(responseCode = "404", description = "No such organisation, project or contract")
@APIResponse(responseCode = "409", description = "The project is closed")
public class ContractResource extends ProjectScoped {

    @Inject
    ContractService contracts;

    @GET
    @Operation(summary = "List a project's contracts", description = "By end date.")
    public List<ContractResponse> list() {
        return contracts.ofProject(projectId).stream().map(ContractResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a contract")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(contracts.get(projectId, id), ContractResponse::of);
    }

    @POST
    @Operation(summary = "Register a contract", description = "Its value is committed budget of the project.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response register(ContractRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, contracts.register(projectId, request == null ? null : request.toDetails()), ContractResponse::of);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a contract", description = "Requires If-Match.")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContractRequest request) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(contracts.revise(projectId, id, version, request == null ? null : request.toDetails()), ContractResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a contract", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contracts.remove(projectId, id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
