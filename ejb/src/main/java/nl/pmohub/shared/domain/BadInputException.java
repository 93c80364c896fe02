package nl.pmohub.shared.domain;

/**
 * An input that Bean Validation cannot judge by itself is unusable (an unknown enum constant in a
 * query, a sort property that is not offered). Names the field, like a constraint violation would.
 */
public class BadInputException extends PmoException {

    private final String field;

    /** @param messageKey the user-facing text (with the arguments) of what is wrong with the field; {@code message} is for the log */
    public BadInputException(String field, String messageKey, String message, Object... arguments) {
        super(messageKey, field + ": " + message, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
