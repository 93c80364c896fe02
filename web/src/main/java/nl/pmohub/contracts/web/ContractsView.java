package nl.pmohub.contracts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.contracts.application.ContractService;
import nl.pmohub.contracts.application.ContractSummary;
import nl.pmohub.shared.web.CurrentProject;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The supplier contracts part of the project page: the list with end and notice dates, and the contract dialog. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient ContractService contracts;

    @Inject
    CurrentProject current;

    private List<ContractSummary> list;
    private ContractForm form = new ContractForm();

    public List<ContractSummary> getList() {
        if (list == null) {
            list = contracts.ofProject(current.getId());
        }
        return list;
    }

    public void startNew() {
        form = ContractForm.within(current.getDetails().startDate(), current.getDetails().endDate(), current.getDetails().manager());
    }

    public void edit(ContractSummary contract) {
        form = ContractForm.of(contract);
    }

    public void save() {
        ContractSummary saved = form.isNew()
                ? contracts.register(current.getId(), form.toDetails())
                : contracts.revise(current.getId(), form.getId(), form.getVersion(), form.toDetails());
        Messages.info(form.isNew() ? "contracts.registered" : "contracts.revised", saved.supplier());
        list = null;
    }

    public void remove(ContractSummary contract) {
        contracts.remove(current.getId(), contract.id(), contract.version());
        Messages.info("contracts.removed", contract.supplier());
        list = null;
    }

    /** Whether the contract's end or notice date lies within the dashboard's horizon. */
    public boolean needsAttention(ContractSummary contract) {
        LocalDate today = LocalDate.now(clock);
        return contract.needsAttention(today, today.plusDays(ContractService.WATCH_DAYS));
    }

    public ContractForm getForm() {
        return form;
    }
}
