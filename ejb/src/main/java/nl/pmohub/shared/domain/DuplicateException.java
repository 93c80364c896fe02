package nl.pmohub.shared.domain;

/** A value that must be unique (a project code, a tenant slug) is taken already. */
public class DuplicateException extends RuleViolationException {

    public DuplicateException(String field, Object value) {
        super(field, "error.duplicate", field + " '" + value + "' is already in use", value);
    }
}
