package nl.pmohub.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Base of every domain error. An application exception that rolls the transaction back, so a refused
 * change never leaves half of itself behind; the API and the UI translate its kinds into answers.
 */
@ApplicationException(rollback = true)
public abstract class PmoException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected PmoException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Key of the user-facing text in the message bundles, filled with {@link #arguments()}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
