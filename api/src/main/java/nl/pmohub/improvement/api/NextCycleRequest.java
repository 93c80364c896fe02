package nl.pmohub.improvement.api;

import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The target of the next cycle, when it is not the same as this one's (it must differ from the new baseline, this cycle's result). */
@Schema(name = "NextCycleRequest")
public record NextCycleRequest(@Schema(maximum = Inputs.MAX_AMOUNT, description = "Absent: the same target", example = "6") BigDecimal target) {
}
