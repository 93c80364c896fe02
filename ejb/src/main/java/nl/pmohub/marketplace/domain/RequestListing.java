package nl.pmohub.marketplace.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.PlatformRecord;
import org.hibernate.annotations.BatchSize;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An open request as the platform publishes it to professionals (docs/adr/0005): what is asked, without the
 * client's name, with the professionals' answers. It keeps the 48-hour promise's clock: when the request first had
 * {@link #SHORTLIST} interested candidates.
 */
@Entity
@Table(name = "request_listing")
public class RequestListing extends PlatformRecord {

    /** How many interested candidates make a shortlist. */
    public static final int SHORTLIST = 3;

    @Column(name = "client_tenant", nullable = false, updatable = false, length = 30)
    private String clientTenant;

    @Embedded
    private RequestTerms terms;

    @Column(name = "required_any", nullable = false)
    private int requiredAny;

    @Column(name = "required_experienced", nullable = false)
    private int requiredExperienced;

    @Column(name = "required_expert", nullable = false)
    private int requiredExpert;

    @Column(name = "nice_any", nullable = false)
    private int niceAny;

    @Column(name = "nice_experienced", nullable = false)
    private int niceExperienced;

    @Column(name = "nice_expert", nullable = false)
    private int niceExpert;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "open", nullable = false)
    private boolean open;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "shortlist_reached_at")
    private Instant shortlistReachedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "listing_answer", joinColumns = @JoinColumn(name = "listing_id"))
    private Set<ListingAnswer> answers = new HashSet<>();

    protected RequestListing() {
    }

    /** The listing of a request just submitted by {@code tenant}; {@code place} is where the work is (empty: remote). */
    public static RequestListing publish(MarketplaceRequest request, String tenant, Optional<Place> place) {
        RequestDetails details = request.details();
        RequestListing listing = new RequestListing();
        listing.identify(request.id());
        listing.terms = request.terms();
        listing.clientTenant = tenant;
        listing.requiredAny = bits(details, true, SkillDepth.BASIC);
        listing.requiredExperienced = bits(details, true, SkillDepth.EXPERIENCED);
        listing.requiredExpert = bits(details, true, SkillDepth.EXPERT);
        listing.niceAny = bits(details, false, SkillDepth.BASIC);
        listing.niceExperienced = bits(details, false, SkillDepth.EXPERIENCED);
        listing.niceExpert = bits(details, false, SkillDepth.EXPERT);
        listing.latitude = place.map(Place::latitude).orElse(null);
        listing.longitude = place.map(Place::longitude).orElse(null);
        listing.open = true;
        listing.submittedAt = request.submittedAt();
        return listing;
    }

    /** The required (or nice-to-have) skills asked with {@code depth} as their least depth, as a bit set. */
    private static int bits(RequestDetails details, boolean required, SkillDepth depth) {
        return Skill.bits(details.skills().stream().filter(n -> n.required() == required && n.minDepth() == depth).map(SkillNeed::skill).toList());
    }

    /** The request was withdrawn or filled: no longer offered, no more answers. */
    public void close() {
        open = false;
    }

    /**
     * A professional's answer; a later answer replaces an earlier one. The first time {@link #SHORTLIST}
     * professionals are interested, the shortlist is reached (the 48-hour clock stops).
     */
    public void answer(UUID professionalId, boolean interested, Instant at) {
        if (!open) {
            throw new RuleViolationException("listing", "marketplace.error.listingClosed", "The request is no longer open");
        }
        answers.removeIf(a -> a.professionalId().equals(professionalId));
        answers.add(new ListingAnswer(professionalId, interested, at));
        if (shortlistReachedAt == null && interestedCount() >= SHORTLIST) {
            shortlistReachedAt = at;
        }
    }

    public long interestedCount() {
        return answers.stream().filter(ListingAnswer::interested).count();
    }

    public String clientTenant() { return clientTenant; }
    public RequestTerms terms() { return terms; }
    public Instant submittedAt() { return submittedAt; }
    public Instant shortlistReachedAt() { return shortlistReachedAt; }
    public boolean isOpen() { return open; }
    public Set<ListingAnswer> answers() { return Set.copyOf(answers); }
}
