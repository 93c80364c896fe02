package nl.pmohub.marketplace.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.marketplace.application.ProfileService;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Operators vet professionals' profiles before clients see them (tokens of realm {@code pmohub} with role {@code operator}). */
@Path("platform/professionals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: professionals", description = "Vetting interim professionals")
@APIResponse(responseCode = "404", description = "No such professional")
public class VettingResource {

    /** An operator's decision. */
    @Schema(name = "VettingRequest")
    public record Decision(@Schema(description = "true: offered to clients; false: rejected") boolean approved) {
    }

    @Inject
    ProfileService profiles;

    @GET
    @Path("pending")
    @Operation(summary = "Profiles waiting to be vetted", description = "Oldest first, at most 100.")
    public List<ProfileResponse> pending() {
        return profiles.pending().stream().map(ProfileResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a profile")
    public Response get(@PathParam("id") UUID id) {
        return EntityTags.ok(profiles.get(id), ProfileResponse::of);
    }

    @POST
    @Path("{id}/vetting")
    @Operation(summary = "Vet a profile", description = "Approve (offered to clients) or reject. Requires If-Match.")
    public Response vet(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Decision decision) {
        long version = EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(profiles.vet(id, version, decision != null && decision.approved()), ProfileResponse::of);
    }
}
