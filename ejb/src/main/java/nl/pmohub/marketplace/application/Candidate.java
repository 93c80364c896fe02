package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.PmoLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A professional as a client sees them on a shortlist before any agreement: no e-mail, no phone, no KvK number
 * — who they are, where from and how far, what they cost, when they can start and how many days of the request's
 * period they plan to be away, the score's parts, and whether they said they are interested (null: not answered yet).
 */
public record Candidate(UUID professionalId, String name, PmoLevel level, String place, String province, BigDecimal distanceKm,
                        BigDecimal hourlyRate, LocalDate availableFrom, int hoursPerWeek, int absentDays, BigDecimal rating, int ratingCount,
                        String skills, ScoreParts score, Boolean interested) {
}
