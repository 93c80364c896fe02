package nl.pmohub.marketplace.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.application.RequestService;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.shared.api.EntityTags;
import nl.pmohub.shared.api.TenantScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A client's requests for interim professionals and their ranked shortlists. */
@Path("t/{tenant}/marketplace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace: requests", description = "Hire an interim PMO professional: requests and explainable shortlists")
@APIResponse(responseCode = "404", description = "No such organisation, project or request")
@APIResponse(responseCode = "409", description = "A rule refuses it: the start has passed, no place for work on site, a skill twice, "
        + "no required skill, the request is no longer open, or the project is closed; `errors` names the field")
public class RequestResource extends TenantScoped {

    static final int PLACES = 20;

    @Inject
    RequestService requests;

    @Inject
    Places places;

    @GET
    @Path("requests")
    @Operation(summary = "The organisation's requests", description = "Open ones first, newest first.")
    public List<RequestResponse> list() {
        return requests.list().stream().map(RequestResponse::of).toList();
    }

    @POST
    @Path("requests")
    @Operation(summary = "Submit a request", description = "Project managers and administrators. It is ranked at once: see its candidates.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = RequestResponse.class)))
    public Response submit(RequestRequest request, @Context UriInfo uri) {
        return EntityTags.created(uri, requests.submit(request == null ? null : request.projectId(), request == null ? null : request.toDetails()),
                RequestResponse::of);
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "Read a request")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(requests.get(id), RequestResponse::of);
    }

    @GET
    @Path("requests/{id}/candidates")
    @Operation(summary = "The request's shortlist", description = "The 20 best vetted, available professionals, best first, each with the parts "
            + "of the score and their answer; ranked on submit and kept, ranked again on the first read after a change to a professional "
            + "who is on it or would now enter it, so it follows every change that can move it. Empty once the request is withdrawn or filled. "
            + "No contact details before an agreement.")
    public List<CandidateResponse> candidates(@PathParam("id") UUID id) {
        return requests.shortlist(id).stream().map(CandidateResponse::of).toList();
    }

    @POST
    @Path("requests/{id}/withdraw")
    @Operation(summary = "Withdraw a request", description = "It costs nothing and is no longer offered. Requires If-Match.")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(requests.withdraw(id, EntityTags.requiredVersion(ifMatch)), RequestResponse::of);
    }

    @GET
    @Path("places")
    @Operation(summary = "Dutch places by name", description = "Places (GeoNames, CC BY 4.0) whose name starts with q, the largest first (at most 20).")
    public List<Place> places(@QueryParam("q") @Parameter(description = "The start of the name", example = "Amers") String q) {
        return places.named(q == null ? "" : q, PLACES);
    }
}
