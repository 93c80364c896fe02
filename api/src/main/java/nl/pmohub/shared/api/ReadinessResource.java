package nl.pmohub.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.shared.application.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * Readiness for load balancers and orchestrators, in MicroProfile Health's JSON shape: 200 UP while the
 * schema is migrated and the database answers, 503 DOWN with Retry-After otherwise. Needs no token.
 */
@Path("health/ready")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "Whether this instance can serve requests")
public class ReadinessResource {

    @Inject
    Readiness readiness;

    @GET
    @SecurityRequirements
    @Operation(summary = "Readiness", description = "UP while the schema is migrated and the database answers; DOWN (503) otherwise.")
    @APIResponse(responseCode = "200", description = "Ready", content = @Content(schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "Not ready: the database is unreachable or not yet migrated; retry after the Retry-After seconds",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public Response ready() {
        Readiness.Status status = readiness.status();
        String state = status.ready() ? "UP" : "DOWN";
        Health health = new Health(state, List.of(new Check("database", state,
                Map.of("schemaMigrated", status.schemaMigrated(), "reachable", status.databaseReachable()))));
        return status.ready() ? Response.ok(health).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", Problem.RETRY_AFTER_SECONDS).entity(health).build();
    }

    /** The overall state and each check. */
    @Schema(name = "Health")
    public record Health(@Schema(enumeration = {"UP", "DOWN"}) String status, @Schema(maxItems = 10) List<Check> checks) {
    }

    /** One check with what it found. */
    @Schema(name = "HealthCheck")
    public record Check(@Schema(example = "database") String name, @Schema(enumeration = {"UP", "DOWN"}) String status,
                        Map<String, Boolean> data) {
    }
}
