package nl.pmohub.shared.api;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A resource below one organisation, {@code /t/{tenant}/…}. The tenant in the path is the one the bearer
 * token was verified for; the request filter has entered it already, so the parameter is for routing and
 * the OpenAPI document only, never a way to choose another tenant.
 */
public abstract class TenantScoped {

    @PathParam("tenant")
    @Parameter(description = "The organisation's short name", example = "acme")
    protected String tenant;
}
