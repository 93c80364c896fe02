package nl.pmohub.improvement.api;

import nl.pmohub.improvement.domain.CycleDetails;
import nl.pmohub.improvement.domain.CycleOutcome;
import nl.pmohub.improvement.domain.Decision;
import nl.pmohub.improvement.domain.Waste;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An improvement cycle as a client starts or revises it; result and decision only count on a revision. */
@Schema(name = "ImprovementCycleRequest")
public record CycleRequest(
        @Schema(required = true, maxLength = 160, example = "Doorlooptijd inkooporders verkorten") String title,
        @Schema(required = true, maxLength = 2000, example = "Inkooporders wachten dagen op een tweede handtekening.") String problem,
        @Schema(required = true, maxLength = 100, example = "Doorlooptijd inkooporder") String kpi,
        @Schema(required = true, maximum = Inputs.MAX_AMOUNT, description = "The KPI before the cycle", example = "12") BigDecimal baseline,
        @Schema(required = true, maximum = Inputs.MAX_AMOUNT, description = "Where the KPI should get; differs from the baseline", example = "8")
        BigDecimal target,
        @Schema(required = true, maxLength = 30, example = "werkdagen") String unit,
        @Schema(required = true, maxLength = 100, example = "Sophie de Wit") String owner,
        @Schema(type = SchemaType.STRING, enumeration = {"TRANSPORT", "INVENTORY", "MOTION", "WAITING", "OVERPRODUCTION", "OVERPROCESSING", "DEFECTS",
                "UNUSED_SKILLS"}, description = "The Lean waste the cycle attacks, if any") String waste,
        @Schema(maximum = Inputs.MAX_AMOUNT, description = "The measured KPI; needed from Check on", example = "9.5") BigDecimal result,
        @Schema(maxLength = 1000, description = "How and when it was measured") String resultNote,
        @Schema(type = SchemaType.STRING, enumeration = {"ADOPT", "ADAPT", "ABANDON"}, description = "Needed from Act on; needs a result") String decision,
        @Schema(maxLength = 1000, description = "Why this decision") String rationale) {

    CycleDetails toDetails() {
        return new CycleDetails(title, problem, kpi, baseline, target, unit, owner, Inputs.enumValue(Waste.class, "waste", waste));
    }

    CycleOutcome toOutcome() {
        return new CycleOutcome(result, resultNote, Inputs.enumValue(Decision.class, "decision", decision), rationale);
    }
}
