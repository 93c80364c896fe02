package nl.pmohub.budget.api;

import nl.pmohub.budget.application.BudgetLineSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of a project's budget. */
@Schema(name = "BudgetLine")
public record BudgetLineResponse(UUID id, UUID projectId,
                                 @Schema(enumeration = {"INTERNAL_LABOUR", "EXTERNAL_HIRE", "MATERIALS", "LICENCES", "OTHER"}) String category,
                                 String description, BigDecimal amount,
                                 @Schema(example = "2027-01") String firstMonth, @Schema(example = "2027-06") String lastMonth, long version) {

    static BudgetLineResponse of(BudgetLineSummary l) {
        return new BudgetLineResponse(l.id(), l.projectId(), l.category().name(), l.description(), l.amount(), l.firstMonth().toString(),
                l.lastMonth().toString(), l.version());
    }
}
