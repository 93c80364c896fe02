package nl.pmohub.marketplace.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.application.ShortlistRefresher;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every five seconds, ranks again the shortlists that changes to professionals made stale since (at most four seconds
 * of work a time, so that runs do not overlap). The system property {@value #SWITCH} {@code = off} pauses it: the
 * matching benchmark does, to measure a ranking from scratch as a look makes it.
 */
@Singleton
public class ShortlistRefreshJob {

    public static final String SWITCH = "pmohub.shortlists.refresh";
    private static final Duration BUDGET = Duration.ofSeconds(4);
    private static final Logger LOG = Logger.getLogger(ShortlistRefreshJob.class.getName());

    @Inject
    ShortlistRefresher refresher;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        if ("off".equals(System.getProperty(SWITCH))) {
            return;
        }
        int ranked = refresher.refreshStale(BUDGET);
        if (ranked > 0) {
            LOG.fine(() -> "Shortlists ranked again: " + ranked);
        }
    }
}
