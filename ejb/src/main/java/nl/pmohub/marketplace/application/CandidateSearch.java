package nl.pmohub.marketplace.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ranks the vetted, available professionals for a request in the database (filters on index, scores, keeps the
 * best) and keeps that shortlist until a professional who is on it, or who would enter it, changes.
 */
public interface CandidateSearch {

    /** A request's kept ranking as read in one query: whether the request is open, and whether the ranking is current. */
    record KeptShortlist(boolean open, boolean current, List<Candidate> candidates) {
    }

    /**
     * The best {@code limit} kept candidates of the current tenant's request, best first, each with their answer to
     * it; empty when the tenant has no such request.
     */
    Optional<KeptShortlist> kept(UUID requestId, int limit);

    /** Ranks the listed request now, as its listing asks, and keeps its best {@code limit} (on submit). */
    void rank(UUID listingId, int limit);

    /**
     * Ranks again a listed request whose kept ranking is not current, in a transaction that writes nothing else: it
     * commits without waiting for the disk, since a crash could lose only this ranking, which the next look makes again.
     */
    void rankAgain(UUID listingId, int limit);

    /** Open listings whose kept ranking is not current, newest request first, at most {@code max}. */
    List<UUID> staleListings(int max);
}
