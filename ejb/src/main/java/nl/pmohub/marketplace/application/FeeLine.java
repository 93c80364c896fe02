package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Fee;

import java.time.Instant;
import java.time.YearMonth;

/** One month of an engagement's fee: an issued statement, or ({@code issuedAt} null) the running month so far. */
public record FeeLine(YearMonth month, Fee fee, Instant issuedAt) {

    public boolean issued() {
        return issuedAt != null;
    }
}
