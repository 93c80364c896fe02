package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.PmoLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open request as a professional it fits sees it: no client name; {@code absentDays} are the days of its period they
 * plan to be away; {@code answer} is theirs (null: not yet).
 */
public record Opportunity(UUID id, String title, PmoLevel level, boolean remote, String place, BigDecimal distanceKm, LocalDate startDate,
                          int hoursPerWeek, int durationWeeks, BigDecimal maxRate, String description, Instant submittedAt, int absentDays,
                          Boolean answer) {
}
