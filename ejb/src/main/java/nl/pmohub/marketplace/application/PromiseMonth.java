package nl.pmohub.marketplace.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/** One month of the 48-hour promise: requests submitted, and how many had a shortlist of three interested within 48 hours. */
public record PromiseMonth(YearMonth month, long requests, long kept) {

    /** The share kept, in percent (one decimal); null without requests. */
    public BigDecimal keptPercent() {
        return requests == 0 ? null : BigDecimal.valueOf(kept * 100.0 / requests).setScale(1, RoundingMode.HALF_UP);
    }
}
