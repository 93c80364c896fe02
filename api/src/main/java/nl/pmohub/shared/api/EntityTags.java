package nl.pmohub.shared.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.pmohub.shared.application.Versioned;

import java.util.function.Function;

/**
 * Entity tags are the entity's version ({@code "3"}). A write must send the tag it read as
 * {@code If-Match}; without it the answer is 428, with a stale one 412 (raised by the service, which
 * compares versions inside its transaction).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with one record as clients see it ({@code wire}) and its version as ETag. */
    public static <R extends Versioned> Response ok(R record, Function<R, ?> wire) {
        return Response.ok(wire.apply(record)).tag(of(record.version())).build();
    }

    /** 201 with the new record's address below the request's, as clients see it, and its version as ETag. */
    public static <R extends Versioned> Response created(UriInfo uri, R record, Function<R, ?> wire) {
        return Response.created(uri.getAbsolutePathBuilder().path(record.id().toString()).build())
                .entity(wire.apply(record)).tag(of(record.version())).build();
    }

    /** The version named by an If-Match header. */
    public static long requiredVersion(String ifMatch) {
        try {
            return Long.parseLong(requiredTag(ifMatch));
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    /** The tag named by an If-Match header, without quotes or weakness mark: for records tagged by content, not a counter. */
    public static String requiredTag(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return tag.replace("\"", "");
    }

    /** 428: the client must say which version it changes. */
    public static class PreconditionRequired extends jakarta.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;

        PreconditionRequired() {
            super("If-Match missing", Response.status(428).build());
        }
    }
}
