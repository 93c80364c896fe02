package nl.pmohub.hours.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project's hours in one week: approved, and handed in or still being filled in. */
public record WeekTotal(LocalDate weekStart, BigDecimal approvedHours, BigDecimal pendingHours) {
}
