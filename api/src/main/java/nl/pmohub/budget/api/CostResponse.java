package nl.pmohub.budget.api;

import nl.pmohub.budget.application.CostSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A cost booked against a project. */
@Schema(name = "Cost")
public record CostResponse(UUID id, UUID projectId,
                           @Schema(enumeration = {"INTERNAL_LABOUR", "EXTERNAL_HIRE", "MATERIALS", "LICENCES", "OTHER"}) String category,
                           LocalDate bookedOn, BigDecimal amount, String description, String supplier, long version) {

    static CostResponse of(CostSummary c) {
        return new CostResponse(c.id(), c.projectId(), c.category().name(), c.bookedOn(), c.amount(), c.description(), c.supplier(), c.version());
    }
}
