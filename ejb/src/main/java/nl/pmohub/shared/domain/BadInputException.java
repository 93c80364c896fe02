package nl.pmohub.shared.domain;

/**
 * An input that Bean Validation cannot judge by itself is unusable (an unknown enum constant in a
 * query, a sort property that is not offered). Names the field, like a constraint violation would.
 */
public class BadInputException extends PmoException {

    private final String field;
    private final String detail;

    public BadInputException(String field, String message) {
        super("error.badInput", field + ": " + message, field, message);
        this.field = field;
        this.detail = message;
    }

    /** An input that breaks a planning rule, with its own user-facing text ({@code messageKey} with arguments). */
    public BadInputException(String field, String messageKey, String message, Object... arguments) {
        super(messageKey, field + ": " + message, arguments);
        this.field = field;
        this.detail = message;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, in English (the API's text). */
    public String detail() {
        return detail;
    }
}
