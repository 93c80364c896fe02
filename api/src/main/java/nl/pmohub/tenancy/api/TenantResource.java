package nl.pmohub.tenancy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.tenancy.application.OnboardedTenant;
import nl.pmohub.tenancy.application.TenantService;
import nl.pmohub.tenancy.application.TenantSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Client organisations, for platform operators (tokens of realm {@code pmohub} with role {@code operator}). */
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: tenants", description = "Onboarding client organisations")
public class TenantResource {

    @Inject
    TenantService tenants;

    @GET
    @Operation(summary = "List organisations")
    public List<TenantSummary> list() {
        return tenants.list();
    }

    @POST
    @Operation(summary = "Onboard an organisation",
            description = "Registers the organisation and creates its Keycloak realm (roles, clients, audience, the marketplace "
                    + "identity provider and the first administrator 'admin' with a temporary password). Usable at once.")
    @APIResponse(responseCode = "201", description = "Created; the temporary password is in the body, only this once",
            content = @Content(schema = @Schema(implementation = OnboardedTenant.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "The short name is taken")
    @APIResponse(responseCode = "503", description = "Keycloak unavailable; nothing was created")
    public Response onboard(TenantRequest request, @Context UriInfo uri) {
        OnboardedTenant tenant = tenants.onboard(request == null ? null : request.toNewTenant());
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.slug()).build()).entity(tenant).build();
    }
}
