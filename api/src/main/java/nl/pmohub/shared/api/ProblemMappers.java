package nl.pmohub.shared.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.DependencyFailureException;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's one translation of failures into RFC 9457 problem details. The mappers only exist because
 * RESTEasy has built-in answers for validation, JSON and web exceptions that a Throwable mapper would not
 * replace; they all share {@link #problem(Throwable)}, which follows causes (EJB wrapping, JSON-B inside RESTEasy) to the
 * failure that explains the answer. A failure nobody expected is a 500 with a correlation id, logged
 * with its stack trace, and nothing else about it leaves the server.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private ProblemMappers() {
    }

    static Problem problem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Problem known = known(cause);
            if (known != null) {
                return known;
            }
            if (!(cause instanceof EJBException || cause instanceof ProcessingException) || cause.getCause() == cause) {
                break;
            }
        }
        if (databaseUnreachable(failure)) {
            LOG.log(Level.WARNING, "Database unreachable: " + failure);
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The database is unavailable; nothing was changed. Retry in a moment.");
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + id, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; quote the correlation id to support.")
                .withCorrelationId(id);
    }

    private static Problem known(Throwable cause) {
        if (cause instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList();
            return Problem.of(400, "Bad Request", "The request has invalid fields.", errors);
        }
        if (cause instanceof BadInputException invalid) {
            return Problem.of(400, "Bad Request", "The request has invalid fields.",
                    List.of(new Problem.FieldError(invalid.field(), invalid.detail())));
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
            return unreadable(cause);
        }
        if (cause instanceof NotFoundException notFound) {
            return Problem.of(Response.Status.NOT_FOUND, notFound.getMessage());
        }
        if (cause instanceof StaleVersionException stale) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, stale.getMessage() + "; read it again and repeat the change.");
        }
        if (cause instanceof RuleViolationException rule) {
            return Problem.of(409, "Conflict", rule.getMessage(),
                    rule.field().isEmpty() ? null : List.of(new Problem.FieldError(rule.field(), rule.getMessage())));
        }
        if (cause instanceof DependencyFailureException dependency) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, dependency.getMessage());
        }
        if (cause instanceof PmoException other) {
            return Problem.of(Response.Status.BAD_REQUEST, other.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, "Changed by someone else meanwhile; read it again and repeat the change.");
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return Problem.of(status, known != null ? known.getReasonPhrase() : status == 428 ? "Precondition Required" : "Error",
                    web.getMessage(), null);
        }
        return null;
    }

    /**
     * Whether a failure was caused by not reaching the database (PostgreSQL down or refusing connections):
     * somewhere in its causes is an SQLException of class 08, "connection exception", which the driver
     * raises and the connection pool and Hibernate wrap.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The request body is not JSON, or a value has the wrong type or an unknown enum constant. */
    private static Problem unreadable(Throwable cause) {
        String field = null;
        for (Throwable t = cause; t != null && field == null; t = t.getCause()) {
            Matcher property = t.getMessage() == null ? null : JSON_PROPERTY.matcher(t.getMessage());
            if (property != null && property.find()) {
                field = property.group(1);
            }
        }
        String message = field == null ? "The body is not valid JSON for this resource." : "Value of '" + field + "' has the wrong type or is not one of the allowed values.";
        return Problem.of(400, "Bad Request", message, field == null ? null : List.of(new Problem.FieldError(field, "wrong type or unknown value")));
    }

    /** The JSON property or query parameter a violation is about: the path below the method and its parameter. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return !field.isEmpty() ? field.toString() : parameter != null ? parameter : "body";
    }

    @Provider
    public static class Failures implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            return problem(failure).toResponse();
        }
    }

    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException failure) {
            return problem(failure).toResponse();
        }
    }

    @Provider
    public static class WebFailures implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException failure) {
            return problem(failure).toResponse();
        }
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException failure) {
            return problem(failure).toResponse();
        }
    }
}
