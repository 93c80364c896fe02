package nl.pmohub.shared.domain;

/**
 * Somebody changed the thing since the caller read it: the caller's edit would silently overwrite theirs.
 * Raised when the version the caller saw differs from the stored one.
 */
public class StaleVersionException extends PmoException {

    public StaleVersionException(String what, Object id, long expected, long actual) {
        this(what, id, Long.toString(expected), Long.toString(actual));
    }

    /** For records whose version is a tag of their content (a row of cells) rather than a counter. */
    public StaleVersionException(String what, Object id, String expected, String actual) {
        super("error.stale", what + " " + id + " is at version " + actual + ", not " + expected, what, id);
    }

    /** Refuses an edit based on another version than the stored one. */
    public static void require(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(what, id, expected, actual);
        }
    }

    /** Refuses an edit based on another tag than the stored one. */
    public static void require(String what, Object id, String expected, String actual) {
        if (!actual.equals(expected)) {
            throw new StaleVersionException(what, id, expected, actual);
        }
    }
}
