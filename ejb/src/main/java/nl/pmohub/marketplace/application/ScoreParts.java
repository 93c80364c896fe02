package nl.pmohub.marketplace.application;

import java.math.BigDecimal;

/**
 * Why a candidate ranks where it does, out of 100: skills and their depth (40; 30 + 10 when the request names
 * nice-to-have skills), level (10; 6 for one level above), availability (15: hours a week and start), distance
 * (15, falling to 0 at the farthest allowed; full for remote work), rate (10: 4 at the maximum, full from 30 %
 * below it) and ratings (10; 6 without any). Computed by PostgreSQL: one function per part, in tenths of a point
 * (V28, V30), in the ranking query.
 */
public record ScoreParts(BigDecimal skills, BigDecimal level, BigDecimal availability, BigDecimal distance, BigDecimal rate,
                         BigDecimal rating, BigDecimal total) {
}
