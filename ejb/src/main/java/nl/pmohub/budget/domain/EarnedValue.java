package nl.pmohub.budget.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Earned value of a project at one moment, as in PMI's Practice Standard for Earned Value Management:
 * <ul>
 * <li>BAC, budget at completion: the sum of the budget lines (the current baseline);</li>
 * <li>PV, planned value: what the plan spends up to now; EV, earned value: BAC × the share of the work done;
 *     AC, actual cost: approved hours at their rates plus booked costs;</li>
 * <li>CV = EV − AC, SV = EV − PV, CPI = EV / AC, SPI = EV / PV;</li>
 * <li>EAC = BAC / CPI (the cost performance so far goes on); without actual cost yet there is no CPI, and
 *     EAC = AC + (BAC − EV); ETC = EAC − AC; VAC = BAC − EAC;</li>
 * <li>TCPI = (BAC − EV) / (BAC − AC): the cost performance the rest needs to stay within budget.</li>
 * </ul>
 * Money in euros with cents (half up); indices to two decimals. An index that would divide by zero (no PV
 * yet, no AC yet, budget spent) is absent (null), never infinite or zero.
 */
public record EarnedValue(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
                          BigDecimal cv, BigDecimal sv, BigDecimal cpi, BigDecimal spi,
                          BigDecimal eac, BigDecimal etc, BigDecimal vac, BigDecimal tcpi) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * @param bac             budget at completion
     * @param pv              planned value to date
     * @param percentComplete share of the work done, 0–100
     * @param ac              actual cost to date
     */
    public static EarnedValue of(BigDecimal bac, BigDecimal pv, BigDecimal percentComplete, BigDecimal ac) {
        Objects.requireNonNull(bac, "bac");
        Objects.requireNonNull(pv, "pv");
        Objects.requireNonNull(ac, "ac");
        if (percentComplete.signum() < 0 || percentComplete.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Percent complete lies between 0 and 100: " + percentComplete);
        }
        BigDecimal ev = bac.multiply(percentComplete).divide(BigDecimal.valueOf(100), PRECISION);
        BigDecimal cpi = ratio(ev, ac);
        BigDecimal spi = ratio(ev, pv);
        BigDecimal eac = cpi == null || cpi.signum() == 0 ? ac.add(bac).subtract(ev) : bac.divide(cpi, PRECISION);
        BigDecimal tcpi = ratio(bac.subtract(ev), bac.subtract(ac));
        return new EarnedValue(money(bac), money(pv), money(ev), money(ac),
                money(ev.subtract(ac)), money(ev.subtract(pv)), index(cpi), index(spi),
                money(eac), money(eac.subtract(ac)), money(bac.subtract(eac)), index(tcpi));
    }

    /** Spent more than earned (CPI below 1). */
    public boolean overBudget() {
        return cpi != null && cpi.compareTo(BigDecimal.ONE) < 0;
    }

    /** Earned less than planned (SPI below 1). */
    public boolean behindSchedule() {
        return spi != null && spi.compareTo(BigDecimal.ONE) < 0;
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() <= 0 ? null : numerator.divide(denominator, PRECISION);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal index(BigDecimal ratio) {
        return ratio == null ? null : ratio.setScale(2, RoundingMode.HALF_UP);
    }
}
