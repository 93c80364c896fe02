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

    /** The card shows the most urgent few; the count says how many there are. */
    static final int SHOWN = 6;

    private List<ContractSummary> alerts;

    private List<ContractSummary> all() {
        if (alerts == null) {
            alerts = contracts.needingAttention(ContractService.WATCH_DAYS);
        }
        return alerts;
    }

    public List<ContractSummary> getAlerts() {
        return all().subList(0, Math.min(SHOWN, all().size()));
    }

    /** How many more need attention than the card shows. */
    public int getMore() {
        return Math.max(0, all().size() - SHOWN);
    }

    /** Notice can no longer be given in time: the contract runs on to its end. */
    public boolean noticePassed(ContractSummary contract) {
        return contract.noticeDate().isBefore(LocalDate.now(clock));
    }

    public int getWatchDays() {
        return ContractService.WATCH_DAYS;
    }
}
