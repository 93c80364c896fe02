package nl.pmohub.shared.domain;

/**
 * A business rule refuses the change (e.g. a closed project cannot be edited).
 * {@link #field()} names the input that breaks the rule, or is empty when the rule concerns the whole.
 */
public class RuleViolationException extends PmoException {

    private final String field;

    public RuleViolationException(String field, String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
        this.field = field == null ? "" : field;
    }

    public String field() {
        return field;
    }
}
