package nl.pmohub.shared.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

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

    /** The version named by an If-Match header. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    /** 428: the client must say which version it changes. */
    public static class PreconditionRequired extends jakarta.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;

        PreconditionRequired() {
            super("If-Match missing", Response.status(428).build());
        }
    }
}
