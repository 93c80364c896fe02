package nl.pmohub.contracts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.contracts.application.ContractService;
import nl.pmohub.contracts.application.ContractSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The contracts part of the tenant dashboard: contracts across the portfolio that end or must be given
 * notice within {@value ContractService#WATCH_DAYS} days, soonest notice first (fragment
 * {@code WEB-INF/includes/contract-alerts.xhtml}).
 */
@Named
@RequestScoped
public class ContractAlertsView {

    @Inject
    Clock clock;

    @Inject
    ContractService contracts;

    private List<ContractSummary> alerts;

    public List<ContractSummary> getAlerts() {
        if (alerts == null) {
            alerts = contracts.needingAttention(ContractService.WATCH_DAYS);
        }
        return alerts;
    }

    /** Notice can no longer be given in time: the contract runs on to its end. */
    public boolean noticePassed(ContractSummary contract) {
        return contract.noticeDate().isBefore(LocalDate.now(clock));
    }

    public int getWatchDays() {
        return ContractService.WATCH_DAYS;
    }
}
