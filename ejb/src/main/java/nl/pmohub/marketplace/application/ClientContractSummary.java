package nl.pmohub.marketplace.application;

import java.math.BigDecimal;

/**
 * A client's contract with the platform: the legal name and KvK number its agreements name, and its fee percentage.
 * {@code set} is false while the operator has not recorded one (the default applies); {@code version} is for If-Match.
 */
public record ClientContractSummary(String tenant, String legalName, String kvkNumber, BigDecimal feePercent, boolean set, String setBy, long version) {
}
