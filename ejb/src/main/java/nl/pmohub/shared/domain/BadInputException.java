package nl.pmohub.shared.domain;

/**
 * An input that Bean Validation cannot judge by itself is unusable (an unknown enum constant in a
 * query, a sort property that is not offered). Names the field, like a constraint violation would.
 */
public class BadInputException extends PmoException {

    private final String field;

    public BadInputException(String field, String message) {
        super("error.badInput", field + ": " + message, field, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
