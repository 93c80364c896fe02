package nl.pmohub.marketplace.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.application.FeeStatementIssuer;

import java.util.logging.Logger;

/** Issues the fee statements of months that ended, every night (and catches up after downtime: the issuer looks three months back). */
@Singleton
public class FeeStatementJob {

    private static final Logger LOG = Logger.getLogger(FeeStatementJob.class.getName());

    @Inject
    FeeStatementIssuer issuer;

    @Schedule(hour = "2", minute = "15", persistent = false)
    public void issueDue() {
        int issued = issuer.issueAll();
        LOG.info(() -> "Fee statements issued: " + issued);
    }
}
