package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.RequestDetails;

import java.util.List;
import java.util.Optional;

/** Ranks the vetted, available professionals for a request in the database: filters on index, scores, keeps the best. */
public interface CandidateSearch {

    /** The best {@code limit} candidates, best first; {@code place} is the request's (empty for remote work). */
    List<Candidate> rank(RequestDetails request, Optional<Place> place, int limit);
}
