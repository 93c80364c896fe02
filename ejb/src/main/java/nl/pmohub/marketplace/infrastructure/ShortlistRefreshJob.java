package nl.pmohub.marketplace.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.application.ProfessionalChanged;
import nl.pmohub.marketplace.application.ShortlistRefresher;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Ranks again the shortlists that changes to professionals made stale: at once after a change made through the
 * application commits (in the background, so the change's own request does not wait), and every five seconds for
 * whatever else changed them (SQL, bulk writes). At most four seconds of work a time, so that sweeps do not overlap;
 * a change that comes during a run asks it to go round once more. The system property {@value #SWITCH} {@code = off}
 * pauses the five-second sweep: the matching benchmark does, to measure a ranking from scratch as a look makes it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ShortlistRefreshJob {

    public static final String SWITCH = "pmohub.shortlists.refresh";
    private static final Duration BUDGET = Duration.ofSeconds(4);
    private static final Logger LOG = Logger.getLogger(ShortlistRefreshJob.class.getName());

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean asked = new AtomicBoolean();

    @Inject
    ShortlistRefresher refresher;

    @Resource
    SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (!"off".equals(System.getProperty(SWITCH))) {
            refresh();
        }
    }

    /** After the transaction that changed a professional commits: ranks in the background what it made stale. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfessionalChanged change) {
        context.getBusinessObject(ShortlistRefreshJob.class).refreshNow();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refreshNow() {
        refresh();
    }

    /**
     * One run at a time, at most {@link #BUDGET} long: an ask that finds a run in progress leaves it to that run, and
     * an ask the budget leaves over is the next sweep's (the database, not the ask, says what is stale).
     */
    private void refresh() {
        asked.set(true);
        long end = System.nanoTime() + BUDGET.toNanos();
        while (asked.get() && System.nanoTime() < end && running.tryLock()) {
            try {
                while (System.nanoTime() < end && asked.getAndSet(false)) {
                    int ranked = refresher.refreshStale(Duration.ofNanos(end - System.nanoTime()));
                    if (ranked > 0) {
                        LOG.fine(() -> "Shortlists ranked again: " + ranked);
                    }
                }
            } finally {
                running.unlock();   // an ask that came between the last round and here found the lock taken: go round
            }
        }
    }
}
