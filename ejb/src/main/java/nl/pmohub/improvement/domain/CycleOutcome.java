package nl.pmohub.improvement.domain;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * What a cycle found and decided: the measured result of the KPI with a note (needed from Check on) and the decision
 * with its rationale (needed from Act on). {@link #NONE} before anything was measured.
 */
public record CycleOutcome(
        @Digits(integer = 12, fraction = 2) BigDecimal result,
        @Size(max = 1000) String resultNote,
        Decision decision,
        @Size(max = 1000) String rationale) {

    public static final CycleOutcome NONE = new CycleOutcome(null, null, null, null);

    public boolean measured() {
        return result != null;
    }
}
