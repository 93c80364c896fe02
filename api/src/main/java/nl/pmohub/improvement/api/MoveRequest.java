package nl.pmohub.improvement.api;

import nl.pmohub.improvement.domain.ImprovementPhase;
import nl.pmohub.shared.api.Inputs;
import nl.pmohub.shared.domain.BadInputException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;

/** Where a card goes: the phase just before or just after its own. */
@Schema(name = "ImprovementMoveRequest")
public record MoveRequest(@Schema(required = true, type = SchemaType.STRING, enumeration = {"PLAN", "DO", "CHECK", "ACT", "DONE"}, example = "CHECK")
                          String phase) {

    ImprovementPhase toPhase() {
        ImprovementPhase to = Inputs.enumValue(ImprovementPhase.class, "phase", phase);
        if (to == null) {
            String phases = Arrays.toString(ImprovementPhase.values());
            throw new BadInputException("phase", "problem.oneOf", "must be one of " + phases, phases);
        }
        return to;
    }
}
