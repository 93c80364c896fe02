package nl.pmohub.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Version 1 of the PMO Hub API, below {@code /api/v1}. */
@ApplicationPath("/v1")
@OpenAPIDefinition(
        info = @Info(title = "PMO Hub API", version = "1",
                description = """
                        Projects and the project office of a client organisation (tenant), and the platform that onboards them.
                        Tenant resources live under `/api/v1/t/{tenant}/…` and take a bearer token issued by that tenant's \
                        Keycloak realm with audience `pmohub-api`; a token of another realm is refused with 401. Platform \
                        resources (`/api/v1/platform/…`) take tokens of the `pmohub` realm. Errors are RFC 9457 problem \
                        details (`application/problem+json`); validation problems list the offending fields in `errors`. \
                        Writes use optimistic locking: send the `ETag` you read as `If-Match`.""",
                contact = @Contact(name = "PMO Hub", email = "support@pmohub.example")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiApplication extends Application {
}
