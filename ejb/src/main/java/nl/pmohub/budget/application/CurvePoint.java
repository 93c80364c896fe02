package nl.pmohub.budget.application;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of the S-curve, cumulative to its end: planned value, and (up to now) earned value and actual cost. */
public record CurvePoint(YearMonth month, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost) {
}
