package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ranks again, in the background, the open shortlists that a change to professionals made stale, newest request
 * first, so that a client's look finds its shortlist ranked instead of waiting for the ranking (ADR 0008). Each
 * ranking in its own transaction; a look that comes first ranks the shortlist itself, and the listing's row lock
 * keeps that to one ranking. It returns nobody's data, so it needs no caller role.
 */
@Stateless
@PermitAll
public class ShortlistRefresher {

    private static final Logger LOG = Logger.getLogger(ShortlistRefresher.class.getName());
    private static final int BATCH = 50;

    @Inject
    CandidateSearch search;

    @Resource
    SessionContext context;

    /** Ranks stale shortlists until none is left or {@code budget} has passed; answers how many it ranked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int refreshStale(Duration budget) {
        ShortlistRefresher self = context.getBusinessObject(ShortlistRefresher.class);
        long end = System.nanoTime() + budget.toNanos();
        Set<UUID> failed = new HashSet<>();
        int ranked = 0;
        List<UUID> stale;
        do {
            stale = search.staleListings(BATCH + failed.size()).stream().filter(id -> !failed.contains(id)).toList();
            for (UUID listing : stale) {
                if (System.nanoTime() > end) {
                    return ranked;
                }
                try {
                    self.rankAgain(listing);
                    ranked++;
                } catch (EJBException e) {
                    // one listing that cannot be ranked (a request removed meanwhile) must not hold up the others
                    failed.add(listing);
                    LOG.log(Level.WARNING, "Shortlist " + listing + " not ranked again", e);
                }
            }
        } while (stale.size() >= BATCH);
        return ranked;
    }

    /** Ranks one listing again in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rankAgain(UUID listing) {
        search.rankAgain(listing, RequestService.SHORTLIST);
    }
}
