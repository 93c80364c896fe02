package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/** A professional's answer to a listed request: interested or not, and when. */
@Embeddable
public record ListingAnswer(
        @Column(name = "professional_id", nullable = false) UUID professionalId,
        @Column(name = "interested", nullable = false) boolean interested,
        @Column(name = "answered_at", nullable = false) Instant answeredAt) {
}
