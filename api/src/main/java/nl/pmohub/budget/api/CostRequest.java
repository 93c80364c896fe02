package nl.pmohub.budget.api;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.CostDetails;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost to book against a project (labour comes from approved hours, not from here). */
@Schema(name = "CostRequest")
public record CostRequest(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"INTERNAL_LABOUR", "EXTERNAL_HIRE", "MATERIALS", "LICENCES", "OTHER"}) String category,
        @Schema(required = true, example = "2026-11-27", description = "Within the project") LocalDate bookedOn,
        @Schema(required = true, minimum = "0.01", maximum = Inputs.MAX_AMOUNT, example = "18250.00") BigDecimal amount,
        @Schema(required = true, maxLength = 200, example = "Factuur 2026-1142 leidingwerk") String description,
        @Schema(maxLength = 120, example = "Installatiebedrijf Van Dam B.V.") String supplier) {

    CostDetails toDetails() {
        return new CostDetails(Inputs.enumValue(BudgetCategory.class, "category", category), bookedOn, amount, description, supplier);
    }
}
