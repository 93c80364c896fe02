package nl.pmohub.improvement.domain;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a cycle sets out to do: its title and problem, the KPI it measures (name, unit, the baseline measured before
 * and the target), its owner and, optionally, the Lean waste it attacks. Values have two decimals, like the columns.
 */
public record CycleDetails(
        @NotBlank @Size(max = 160) String title,
        @NotBlank @Size(max = 2000) String problem,
        @NotBlank @Size(max = 100) String kpi,
        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal baseline,
        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal target,
        @NotBlank @Size(max = 30) String unit,
        @NotBlank @Size(max = 100) String owner,
        Waste waste) {

    /** How far {@code result} got from the baseline towards the target, 0–100 % (worse than the baseline is 0, beyond the target 100). */
    public int progressOf(BigDecimal result) {
        BigDecimal way = target.subtract(baseline);
        if (way.signum() == 0) {
            return 100;
        }
        BigDecimal share = result.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(way, 0, RoundingMode.HALF_UP);
        return Math.max(0, Math.min(100, share.intValue()));
    }

    /** Whether {@code result} reached the target in the direction the target lies (a lower lead time, a higher score). */
    public boolean reachedBy(BigDecimal result) {
        int direction = target.compareTo(baseline);
        return direction >= 0 ? result.compareTo(target) >= 0 : result.compareTo(target) <= 0;
    }
}
