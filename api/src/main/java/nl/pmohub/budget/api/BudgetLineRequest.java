package nl.pmohub.budget.api;

import nl.pmohub.budget.domain.BudgetCategory;
import nl.pmohub.budget.domain.BudgetLineDetails;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A budget line as a client plans or changes it. */
@Schema(name = "BudgetLineRequest")
public record BudgetLineRequest(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"INTERNAL_LABOUR", "EXTERNAL_HIRE", "MATERIALS", "LICENCES", "OTHER"}) String category,
        @Schema(required = true, maxLength = 200, example = "Installateur W-installaties") String description,
        @Schema(required = true, minimum = "0.00", maximum = Inputs.MAX_AMOUNT, example = "240000.00", description = "Euros with cents") BigDecimal amount,
        @Schema(required = true, example = "2027-01", pattern = "^\\d{4}-\\d{2}$", description = "First month it is planned to be spent, within the project") String firstMonth,
        @Schema(required = true, example = "2027-06", pattern = "^\\d{4}-\\d{2}$", description = "Last month; the amount is spread evenly over the months") String lastMonth) {

    BudgetLineDetails toDetails() {
        return new BudgetLineDetails(Inputs.enumValue(BudgetCategory.class, "category", category), description, amount,
                Inputs.month("firstMonth", firstMonth), Inputs.month("lastMonth", lastMonth));
    }
}
