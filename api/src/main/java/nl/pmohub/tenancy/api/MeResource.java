package nl.pmohub.tenancy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.pmohub.shared.api.TenantScoped;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.tenancy.application.CurrentTenant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Who the bearer token belongs to in this organisation: a client checks its token and the roles it
 * carries before it acts. Reads nothing from the database (the benchmark's ceiling of an authenticated call).
 */
@Path("t/{tenant}/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in user of the token")
public class MeResource extends TenantScoped {

    private static final List<String> TENANT_ROLES = List.of(Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER);

    @Inject
    CurrentTenant tenant;

    @GET
    @Operation(summary = "The user and roles of the token", description = "The organisation is the one of the path; roles are the organisation roles the token carries")
    public MeResponse me(@Context SecurityContext security) {
        return new MeResponse(security.getUserPrincipal().getName(), tenant.require(),
                TENANT_ROLES.stream().filter(security::isUserInRole).toList());
    }

    /** The signed-in user of a token. */
    @Schema(name = "Me")
    public record MeResponse(
            @Schema(example = "pm") String user,
            @Schema(example = "acme") String tenant,
            @Schema(enumeration = {"tenant-admin", "pm", "pmo", "viewer"}, maxItems = 4) List<String> roles) {
    }
}
