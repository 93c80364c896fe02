package nl.pmohub.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract with a supplier for a project. Its value is committed budget from the day it is registered;
 * notice must be given {@code noticeDays} before its end ({@link #noticeDate()}).
 */
@Entity
@Table(name = "supplier_contract")
public class SupplierContract extends ProjectRecord {

    @Column(name = "supplier", nullable = false, length = 120)
    private String supplier;

    @Column(name = "kvk_number", nullable = false, length = 8)
    private String kvkNumber;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    @Column(name = "notice_date", nullable = false)
    private LocalDate noticeDate;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    protected SupplierContract() {
    }

    public static SupplierContract register(UUID projectId, ContractDetails details) {
        SupplierContract contract = new SupplierContract();
        contract.identify(projectId);
        contract.revise(details);
        return contract;
    }

    public void revise(ContractDetails details) {
        supplier = details.supplier().strip();
        kvkNumber = details.kvkNumber();
        subject = details.subject().strip();
        value = details.value().setScale(2, RoundingMode.HALF_UP);
        startDate = details.startDate();
        endDate = details.endDate();
        noticeDays = details.noticeDays();
        noticeDate = endDate.minusDays(noticeDays);
        owner = details.owner().strip();
    }

    /** The last day notice can be given to end the contract at its end date. */
    public LocalDate noticeDate() {
        return noticeDate;
    }

    public ContractDetails details() {
        return new ContractDetails(supplier, kvkNumber, subject, value, startDate, endDate, noticeDays, owner);
    }
}
