package nl.pmohub.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.PlatformRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A client's contract with the platform, kept by an operator: the legal name and KvK number that go into its
 * assignment agreements and the fee percentage it pays (default {@link Fee#DEFAULT_PERCENT}). A change applies to
 * versions drawn up afterwards; concluded agreements keep the percentage they were concluded with.
 */
@Entity
@Table(name = "marketplace_contract")
public class MarketplaceContract extends PlatformRecord {

    @Column(name = "client_tenant", nullable = false, updatable = false, length = 30)
    private String clientTenant;

    @Column(name = "legal_name", nullable = false, length = 120)
    private String legalName;

    @Column(name = "kvk_number", length = 8)
    private String kvkNumber;

    @Column(name = "fee_percent", nullable = false, precision = 4, scale = 2)
    private BigDecimal feePercent;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    protected MarketplaceContract() {
    }

    public static MarketplaceContract of(String tenant, String legalName, String kvkNumber, BigDecimal feePercent, String by) {
        MarketplaceContract contract = new MarketplaceContract();
        contract.identify();
        contract.clientTenant = tenant;
        contract.set(legalName, kvkNumber, feePercent, by);
        return contract;
    }

    public void set(String legalName, String kvkNumber, BigDecimal feePercent, String by) {
        this.legalName = legalName.strip();
        this.kvkNumber = kvkNumber == null || kvkNumber.isBlank() ? null : kvkNumber.strip();
        this.feePercent = feePercent.setScale(2, RoundingMode.HALF_UP);
        this.setBy = by;
    }

    public String clientTenant() { return clientTenant; }
    public String legalName() { return legalName; }
    public String kvkNumber() { return kvkNumber; }
    public BigDecimal feePercent() { return feePercent; }
    public String setBy() { return setBy; }
}
