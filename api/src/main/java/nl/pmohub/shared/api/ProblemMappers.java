package nl.pmohub.shared.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.pmohub.shared.application.ErrorTexts;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.DependencyFailureException;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's one translation of failures into RFC 9457 problem details. The mappers only exist because
 * RESTEasy has built-in answers for validation, JSON and web exceptions that a Throwable mapper would not
 * replace; they all share {@link #problem(Throwable)}, which follows causes (EJB wrapping, JSON-B inside RESTEasy) to the
 * failure that explains the answer. A failure nobody expected is a 500 with a correlation id, logged
 * with its stack trace, and nothing else about it leaves the server.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Problem problem(Throwable failure, Locale locale) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Problem known = known(cause, locale);
            if (known != null) {
                return known;
            }
            if (!(cause instanceof EJBException || cause instanceof ProcessingException) || cause.getCause() == cause) {
                break;
            }
        }
        if (databaseUnreachable(failure)) {
            LOG.log(Level.WARNING, "Database unreachable: " + failure);
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, ErrorTexts.text(locale, "problem.unavailable"));
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + id, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, ErrorTexts.text(locale, "problem.unexpected"))
                .withCorrelationId(id);
    }

    private static Problem known(Throwable cause, Locale locale) {
        if (cause instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), ErrorTexts.of(v, locale)))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList();
            return Problem.of(400, "Bad Request", ErrorTexts.text(locale, "problem.invalidFields"), errors);
        }
        if (cause instanceof BadInputException invalid) {
            return Problem.of(400, "Bad Request", ErrorTexts.text(locale, "problem.invalidFields"),
                    List.of(new Problem.FieldError(invalid.field(), ErrorTexts.of(invalid, locale))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return wrongType(path(mapping), locale);
        }
        if (cause instanceof JsonProcessingException) {
            return unreadable(locale);
        }
        if (cause instanceof NotFoundException notFound) {
            return Problem.of(Response.Status.NOT_FOUND, ErrorTexts.of(notFound, locale));
        }
        if (cause instanceof StaleVersionException stale) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, ErrorTexts.of(stale, locale));
        }
        if (cause instanceof RuleViolationException rule) {
            String text = ErrorTexts.of(rule, locale);
            return Problem.of(409, "Conflict", text, rule.field().isEmpty() ? null : List.of(new Problem.FieldError(rule.field(), text)));
        }
        if (cause instanceof DependencyFailureException dependency) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, ErrorTexts.of(dependency, locale));
        }
        if (cause instanceof PmoException other) {
            return Problem.of(Response.Status.BAD_REQUEST, ErrorTexts.of(other, locale));
        }
        if (cause instanceof EJBAccessException) {
            return Problem.of(Response.Status.FORBIDDEN, ErrorTexts.text(locale, "error.forbidden"));
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, ErrorTexts.text(locale, "error.stale"));
        }
        if (cause instanceof EntityTags.PreconditionRequired) {
            return Problem.of(428, "Precondition Required", ErrorTexts.text(locale, "problem.preconditionRequired"), null);
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

    /** A value of the body has the wrong type ({@code "startDate": "next week"}). */
    private static Problem wrongType(String field, Locale locale) {
        return Problem.of(400, "Bad Request", ErrorTexts.text(locale, "problem.wrongType", field),
                List.of(new Problem.FieldError(field, ErrorTexts.text(locale, "problem.wrongTypeField"))));
    }

    /** The JSON property a mapping failure is about, as the API names fields ({@code documents[0].title}). */
    private static String path(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** The request body is not JSON (or not JSON for this resource). */
    private static Problem unreadable(Locale locale) {
        return Problem.of(400, "Bad Request", ErrorTexts.text(locale, "problem.unreadable"), null);
    }

    /** The JSON property or query parameter a violation is about: the path below the method and its parameter. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');   // days[0].hours: the index sits on the node after the list
                }
                if (node.getKind() == ElementKind.PROPERTY) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return !field.isEmpty() ? field.toString() : parameter != null ? parameter : "body";
    }

    /** The language of the answer: Dutch or English as the client's Accept-Language prefers. */
    private abstract static class Mapper<T extends Throwable> implements ExceptionMapper<T> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(T failure) {
            Locale locale = ErrorTexts.language(headers.getAcceptableLanguages());
            return problem(failure, locale).toResponse(locale);
        }
    }

    @Provider
    public static class Failures extends Mapper<Throwable> {
    }

    @Provider
    public static class Violations extends Mapper<ConstraintViolationException> {
    }

    @Provider
    public static class WebFailures extends Mapper<WebApplicationException> {
    }

    @Provider
    public static class Unreadable extends Mapper<ProcessingException> {
    }

    /** Replaces RESTEasy's own plain-text answer to a body that is not JSON. */
    @Provider
    public static class NotJson extends Mapper<JsonParseException> {
    }

    @Provider
    public static class WrongType extends Mapper<JsonMappingException> {
    }
}
