package nl.pmohub.tenancy.api;

import nl.pmohub.tenancy.application.NewTenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation to onboard. */
@Schema(name = "TenantRequest")
public record TenantRequest(
        @Schema(required = true, maxLength = 120, example = "Initech Infra B.V.") String name,
        @Schema(required = true, pattern = "[a-z][a-z0-9-]{1,28}[a-z0-9]", example = "initech",
                description = "Short name: URL segment and Keycloak realm; cannot be changed later") String slug,
        @Schema(required = true, maxLength = 254, format = "email", example = "it@initech.example", description = "E-mail of the first administrator") String adminEmail) {

    NewTenant toNewTenant() {
        return new NewTenant(name, slug, adminEmail);
    }
}
