package nl.pmohub.hours.application;

import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A person's hourly rate from a day on. */
public record RateSummary(UUID id, String person, BigDecimal hourlyRate, LocalDate validFrom, long version) implements Versioned {
}
