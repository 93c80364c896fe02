package nl.pmohub.shared.infrastructure;

import java.sql.Date;
import java.time.LocalDate;

/** Values of native SQL results, whichever Java type the driver and Hibernate hand them in. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: {@code java.sql.Date} or {@code LocalDate}, as a {@code LocalDate}. */
    public static LocalDate localDate(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
