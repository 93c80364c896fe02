package nl.pmohub.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail. {@code errors} names the offending input fields; {@code correlationId}
 * appears on server errors only and is also in the server log.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input: the field (JSON property or query parameter) and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, errors == null || errors.isEmpty() ? null : List.copyOf(errors), null);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, errors, id);
    }

    /** Seconds a client should wait before it retries a 503 (a database or Keycloak that is down). */
    static final int RETRY_AFTER_SECONDS = 30;

    public Response toResponse(Locale language) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).language(language).entity(this);
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
