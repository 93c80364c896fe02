package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One side's review at the end of an engagement: {@code party} wrote it about the other side, 1 to 5 stars and a text. */
@Embeddable
public record Review(
        @Enumerated(EnumType.STRING) @Column(name = "party", nullable = false, length = 12) Party party,
        @Column(name = "client_tenant", nullable = false) String clientTenant,
        @Column(name = "stars", nullable = false) int stars,
        @Column(name = "text", nullable = false, length = 1000) String text,
        @Column(name = "written_by", nullable = false, length = 100) String writtenBy,
        @Column(name = "written_at", nullable = false) Instant writtenAt) {
}
