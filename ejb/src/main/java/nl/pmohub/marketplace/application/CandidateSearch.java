package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.RequestDetails;

import java.util.List;
import java.util.UUID;

/**
 * Ranks the vetted, available professionals for a request in the database (filters on index, scores, keeps the
 * best) and keeps that shortlist until a professional changes.
 */
public interface CandidateSearch {

    /**
     * The best {@code limit} candidates of the listed request, best first, each with their answer to it; ranked
     * again first when any professional changed since it was last ranked.
     */
    List<Candidate> shortlist(UUID listingId, RequestDetails request, int limit);

    /** Ranks the listed request now and keeps its best {@code limit} (on submit, so the first look finds it ranked). */
    void rank(UUID listingId, RequestDetails request, int limit);
}
