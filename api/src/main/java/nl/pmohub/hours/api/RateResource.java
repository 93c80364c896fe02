package nl.pmohub.hours.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.hours.application.RateService;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.TenantScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Hourly rates of the organisation's people: what an approved hour costs a project. */
@Path("t/{tenant}/rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hours")
@APIResponse(responseCode = "404", description = "No such organisation or rate")
public class RateResource extends TenantScoped {

    @Inject
    RateService rates;

    @GET
    @Operation(summary = "List hourly rates", description = "By person, newest first. Project managers, the PMO and administrators.")
    public List<RateResponse> list() {
        return rates.all().stream().map(RateResponse::of).toList();
    }

    @PUT
    @Operation(summary = "Set an hourly rate", description = "From its day on, until the person's next rate. The PMO and administrators.")
    public Response set(RateRequest request) {
        return EntityTags.ok(rates.set(request == null ? null : request.toDetails()), RateResponse::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a rate", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        rates.remove(id, EntityTags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
