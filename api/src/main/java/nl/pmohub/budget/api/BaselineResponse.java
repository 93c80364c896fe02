package nl.pmohub.budget.api;

import nl.pmohub.budget.application.BaselinePlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A budget baseline: the plan earned value is measured against from when it was taken. */
@Schema(name = "BudgetBaseline")
public record BaselineResponse(UUID id, @Schema(description = "1 for the first, counting up") int number, String reason, String takenBy,
                               Instant takenAt, @Schema(description = "Its total: the BAC while it is the latest") BigDecimal total) {

    static BaselineResponse of(BaselinePlan b) {
        return new BaselineResponse(b.id(), b.number(), b.reason(), b.takenBy(), b.takenAt(), b.total());
    }
}
