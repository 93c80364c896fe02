package nl.pmohub.marketplace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.marketplace.application.ClientContractService;
import nl.pmohub.marketplace.application.ClientContractSummary;
import nl.pmohub.marketplace.application.FeeStatementIssuer;
import nl.pmohub.marketplace.domain.ClientContractTerms;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The operator's clients' contracts (legal name, KvK number, fee percentage) and the run that issues fee statements. */
@Named
@ViewScoped
public class ClientContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientContractService contracts;

    @Inject
    transient FeeStatementIssuer issuer;

    private List<ClientContractSummary> list;
    private ClientContractSummary editing;
    private String legalName;
    private String kvkNumber;
    private BigDecimal feePercent;

    public List<ClientContractSummary> getContracts() {
        if (list == null) {
            list = contracts.all();
        }
        return list;
    }

    public void edit(ClientContractSummary contract) {
        editing = contract;
        legalName = contract.legalName();
        kvkNumber = contract.kvkNumber();
        feePercent = contract.feePercent();
    }

    public void save() {
        ClientContractSummary saved = contracts.set(editing.tenant(), editing.version(),
                new ClientContractTerms(legalName, kvkNumber == null || kvkNumber.isBlank() ? null : kvkNumber.strip(), feePercent));
        Messages.info("contract.saved", saved.legalName(), saved.feePercent());
        list = null;
    }

    public void issue() {
        Messages.info("fee.issuedCount", issuer.issueAll());
    }

    public ClientContractSummary getEditing() { return editing; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getKvkNumber() { return kvkNumber; }
    public void setKvkNumber(String kvkNumber) { this.kvkNumber = kvkNumber; }
    public BigDecimal getFeePercent() { return feePercent; }
    public void setFeePercent(BigDecimal feePercent) { this.feePercent = feePercent; }
}
