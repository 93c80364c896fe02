package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.application.RequestSummary;
import nl.pmohub.marketplace.domain.RequestDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A client's request and where it stands. */
@Schema(name = "MarketplaceRequest")
public record RequestResponse(UUID id, UUID projectId, String projectCode, String title, String level, List<Need> skills, boolean remote,
                              Integer placeId, String place, Integer maxDistanceKm, LocalDate startDate, int hoursPerWeek, int durationWeeks,
                              BigDecimal maxRate, String description,
                              @Schema(enumeration = {"OPEN", "WITHDRAWN", "FILLED"}) String status, Instant submittedAt, Instant closedAt,
                              String createdBy,
                              @Schema(description = "Professionals who said they are interested") long interested,
                              @Schema(description = "When three were interested; absent while the 48-hour clock runs") Instant shortlistReachedAt,
                              @Schema(description = "Submitted + 48 hours") Instant promiseDeadline,
                              @Schema(description = "The shortlist came within 48 hours") boolean promiseKept, long version) {

    @Schema(name = "MarketplaceSkillNeed")
    public record Need(String skill, String minDepth, boolean required) {
    }

    static RequestResponse of(RequestSummary r) {
        RequestDetails d = r.details();
        return new RequestResponse(r.id(), r.projectId(), r.projectCode(), d.title(), d.level().name(),
                d.skills().stream().map(n -> new Need(n.skill().name(), n.minDepth().name(), n.required())).toList(), d.remote(), d.placeId(),
                r.place(), d.maxDistanceKm(), d.startDate(), d.hoursPerWeek(), d.durationWeeks(), d.maxRate(), d.description(), r.status().name(),
                r.submittedAt(), r.closedAt(), r.createdBy(), r.interested(), r.shortlistReachedAt(), r.promiseDeadline(), r.promiseKept(), r.version());
    }
}
