package nl.pmohub.shared.api;

import nl.pmohub.shared.domain.BadInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Conversions of wire values that must fail as a 400 naming the field. Wire records carry enums as
 * strings because JSON-B's error for an unknown constant does not say which field held it, and JAX-RS
 * answers a failed query-parameter conversion with 404.
 */
public final class Inputs {

    /** The largest amount in EUR a record holds (12 digits and cents, as the database columns and {@code @Digits} allow). */
    public static final String MAX_AMOUNT = "999999999999.99";

    private Inputs() {
    }

    /** The enum constant named by an input (case-insensitive), or null when the input is absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadInputException(field, "problem.oneOf", "must be one of " + Arrays.toString(type.getEnumConstants()),
                    Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The ISO date ({@code 2026-11-30}) named by an input, or null when the input is absent. */
    public static LocalDate date(String field, String value) {
        return parsed(field, value, LocalDate::parse, "problem.isoDate", "must be a date as 2026-11-30");
    }

    /** The ISO month ({@code 2027-01}) named by an input, or null when the input is absent. */
    public static YearMonth month(String field, String value) {
        return parsed(field, value, YearMonth::parse, "problem.isoMonth", "must be a month as 2027-01");
    }

    private static <T> T parsed(String field, String value, Function<String, T> parse, String messageKey, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException unreadable) {
            throw new BadInputException(field, messageKey, message);
        }
    }
}
