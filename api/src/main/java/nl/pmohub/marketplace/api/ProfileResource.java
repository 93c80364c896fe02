package nl.pmohub.marketplace.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.marketplace.application.Places;
import nl.pmohub.marketplace.application.ProfileService;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.shared.api.EntityTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A professional's own profile (tokens of realm {@code pmohub} with role {@code professional}). */
@Path("marketplace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace: professionals", description = "Interim PMO professionals keep their profile")
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    Places places;

    @GET
    @Path("profile")
    @Operation(summary = "Your profile")
    @APIResponse(responseCode = "404", description = "You have not signed up yet")
    public Response mine() {
        return EntityTags.ok(profiles.mine(), ProfileResponse::of);
    }

    @PUT
    @Path("profile")
    @Operation(summary = "Sign up or change your profile", description = "Without If-Match it only signs up: when you have a profile the answer is 412. "
            + "A new profile waits for an operator before clients see it; the KvK number is checked (its format, without the register's key).")
    @APIResponse(responseCode = "409", description = "A skill named twice; `errors` names the field")
    public Response save(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProfileRequest request) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
        return EntityTags.ok(profiles.saveMine(version, request == null ? null : request.toDetails()), ProfileResponse::of);
    }

    @GET
    @Path("places")
    @Operation(summary = "Dutch places by name", description = "Places (GeoNames, CC BY 4.0) whose name starts with q, the largest first (at most 20).")
    public List<Place> places(@QueryParam("q") @Parameter(description = "The start of the name", example = "Amers") String q) {
        return places.named(q == null ? "" : q, RequestResource.PLACES);
    }
}
