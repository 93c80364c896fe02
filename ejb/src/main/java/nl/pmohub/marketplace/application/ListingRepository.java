package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.RequestListing;
import nl.pmohub.shared.application.Records;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Listed requests and the professionals' answers (platform records). */
public interface ListingRepository extends Records<RequestListing> {

    /** The listings of these requests, by id, in one query (their answers are read in batches). */
    Map<UUID, RequestListing> ofIds(Collection<UUID> ids);

    /** Open listings that fit {@code professional} by the ranking's own rules, newest first. */
    List<Opportunity> fitting(Professional professional, int limit);

    /** Open listings without a shortlist submitted before {@code before}, oldest first. */
    List<AtRiskRequest> atRisk(Instant before, Instant now);

    /** The last {@code months} months of the 48-hour promise, newest first. */
    List<PromiseMonth> promise(int months);
}
