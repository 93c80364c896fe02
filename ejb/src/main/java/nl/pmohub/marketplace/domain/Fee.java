package nl.pmohub.marketplace.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The platform's mediation fee on an amount of approved hours: percentage × agreed rate × hours, in euro cents
 * rounded half up, plus Dutch VAT (21 %) on the fee, itself rounded to cents. Exact decimal arithmetic throughout.
 */
public record Fee(BigDecimal hours, BigDecimal hourlyRate, BigDecimal percent, BigDecimal fee, BigDecimal vat, BigDecimal total) {

    /** The general Dutch VAT rate on services. */
    public static final BigDecimal VAT_PERCENT = new BigDecimal("21");
    /** The platform's fee when a client's contract says nothing else: well below the market's ~20 %. */
    public static final BigDecimal DEFAULT_PERCENT = new BigDecimal("10.00");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Fee on(BigDecimal hours, BigDecimal hourlyRate, BigDecimal percent) {
        BigDecimal fee = hours.multiply(hourlyRate).multiply(percent).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat = fee.multiply(VAT_PERCENT).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        return new Fee(hours, hourlyRate, percent, fee, vat, fee.add(vat));
    }
}
