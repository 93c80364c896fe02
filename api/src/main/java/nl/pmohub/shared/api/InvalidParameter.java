package nl.pmohub.shared.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * A query parameter the API cannot use (JAX-RS would answer 404 for a failed conversion; a client
 * deserves 400 naming the parameter). Mapped by {@link ProblemMappers}.
 */
public class InvalidParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The enum constant named by a query parameter, or null when the parameter is absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameter(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
