package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What a request asks, apart from its skills: stored with the client's request and again, the same, in its listing
 * for professionals (the same column names in both tables). Place and distance are absent for remote work.
 */
@Embeddable
public record RequestTerms(
        @Column(name = "title", nullable = false, length = 120) String title,
        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false, length = 11) PmoLevel level,
        @Column(name = "remote", nullable = false) boolean remote,
        @Column(name = "place_id") Integer placeId,
        @Column(name = "max_distance_km") Integer maxDistanceKm,
        @Column(name = "start_date", nullable = false) LocalDate startDate,
        @Column(name = "hours_per_week", nullable = false) int hoursPerWeek,
        @Column(name = "duration_weeks", nullable = false) int durationWeeks,
        @Column(name = "max_rate", nullable = false, precision = 7, scale = 2) BigDecimal maxRate,
        @Column(name = "description", nullable = false, length = 2000) String description) {

    /** The terms of a request as a client wrote them, tidied: no place or distance for remote work, money in cents. */
    static RequestTerms of(RequestDetails d) {
        return new RequestTerms(d.title().strip(), d.level(), d.remote(), d.remote() ? null : d.placeId(), d.remote() ? null : d.maxDistanceKm(),
                d.startDate(), d.hoursPerWeek(), d.durationWeeks(), d.maxRate().setScale(2, RoundingMode.HALF_UP),
                d.description() == null ? "" : d.description().strip());
    }

    RequestDetails with(java.util.List<SkillNeed> skills) {
        return new RequestDetails(title, level, skills, remote, placeId, maxDistanceKm, startDate, hoursPerWeek, durationWeeks, maxRate, description);
    }
}
