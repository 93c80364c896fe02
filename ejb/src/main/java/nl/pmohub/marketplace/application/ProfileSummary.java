package nl.pmohub.marketplace.application;

import nl.pmohub.marketplace.domain.KvkCheck;
import nl.pmohub.marketplace.domain.ProfileDetails;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.Vetting;
import nl.pmohub.shared.application.Versioned;

import java.util.UUID;

/** A professional's own profile as they (or an operator) see it, contact details included. */
public record ProfileSummary(UUID id, String account, ProfileDetails details, String homePlace, KvkCheck kvkCheck, Vetting vetting,
                             int ratingCount, long version) implements Versioned {

    static ProfileSummary of(Professional p, String homePlace) {
        return new ProfileSummary(p.id(), p.account(), p.details(), homePlace, p.kvkCheck(), p.vetting(), p.ratingCount(), p.version());
    }
}
