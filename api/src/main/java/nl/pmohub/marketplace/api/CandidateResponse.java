package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.application.Candidate;
import nl.pmohub.marketplace.application.ScoreParts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A candidate on a shortlist, before any agreement: no contact details, no KvK number. */
@Schema(name = "Candidate")
public record CandidateResponse(UUID professionalId, String name, String level, String place, String province,
                                @Schema(description = "Great-circle distance from the request's place in km; absent for remote work") BigDecimal distanceKm,
                                BigDecimal hourlyRate, LocalDate availableFrom, int hoursPerWeek,
                                @Schema(description = "Days of the request's period the candidate plans to be away (they lower the availability part)")
                                int absentDays,
                                @Schema(description = "Mean rating 1–5; absent without ratings") BigDecimal rating, int ratingCount,
                                @Schema(description = "The asked skills the candidate has, with depth 1–3", example = "FINANCE:3,PRINCE2:2") String skills,
                                @Schema(description = "The score's parts (out of 100): skills 40, level 10, availability 15, distance 15, rate 10, ratings 10")
                                ScoreParts score,
                                @Schema(description = "Their answer to this request; absent until they answer") Boolean interested) {

    static CandidateResponse of(Candidate c) {
        return new CandidateResponse(c.professionalId(), c.name(), c.level().name(), c.place(), c.province(), c.distanceKm(), c.hourlyRate(),
                c.availableFrom(), c.hoursPerWeek(), c.absentDays(), c.rating(), c.ratingCount(), c.skills(), c.score(), c.interested());
    }
}
