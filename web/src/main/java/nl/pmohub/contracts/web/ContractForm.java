package nl.pmohub.contracts.web;

import nl.pmohub.contracts.application.ContractSummary;
import nl.pmohub.contracts.domain.ContractDetails;
import nl.pmohub.shared.web.RecordForm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the contract dialog edits; checked as the {@link ContractDetails} it becomes. */
public class ContractForm extends RecordForm<ContractDetails> {

    private static final long serialVersionUID = 1L;

    private String supplier;
    private String kvkNumber;
    private String subject;
    private BigDecimal value;
    private LocalDate startDate;
    private LocalDate endDate;
    private int noticeDays = 30;
    private String owner;

    static ContractForm of(ContractSummary contract) {
        ContractForm form = new ContractForm();
        form.editing(contract);
        form.supplier = contract.supplier();
        form.kvkNumber = contract.kvkNumber();
        form.subject = contract.subject();
        form.value = contract.value();
        form.startDate = contract.startDate();
        form.endDate = contract.endDate();
        form.noticeDays = contract.noticeDays();
        form.owner = contract.owner();
        return form;
    }

    static ContractForm within(LocalDate start, LocalDate end, String owner) {
        ContractForm form = new ContractForm();
        form.startDate = start;
        form.endDate = end;
        form.owner = owner;
        return form;
    }

    @Override
    public ContractDetails toDetails() {
        return new ContractDetails(supplier, kvkNumber == null ? null : kvkNumber.strip(), subject, value, startDate, endDate, noticeDays, owner);
    }

    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
    public String getKvkNumber() { return kvkNumber; }
    public void setKvkNumber(String kvkNumber) { this.kvkNumber = kvkNumber; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
}
