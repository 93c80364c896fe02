package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.marketplace.domain.KvkCheck;
import nl.pmohub.marketplace.domain.Place;
import nl.pmohub.marketplace.domain.ProfileDetails;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Professionals keep their own profile (their account in the platform realm is its key); operators vet new
 * profiles before any client sees them.
 */
@Stateless
public class ProfileService {

    static final String WHAT = "Professional";
    static final int PENDING_LIMIT = 100;

    @Inject
    Clock clock;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    Places places;

    @Inject
    KvkRegister kvk;

    @Inject
    Event<ProfessionalChanged> changed;

    @Resource
    SessionContext caller;

    @RolesAllowed(Roles.PROFESSIONAL)
    public ProfileSummary mine() {
        return professionals.ofAccount(me()).map(this::summary).orElseThrow(() -> new NotFoundException(WHAT, me()));
    }

    /**
     * Signs the professional up, or changes their profile. Without {@code expectedVersion} it only signs up: a
     * profile that exists is stale to a client that did not know it (412).
     */
    @RolesAllowed(Roles.PROFESSIONAL)
    public ProfileSummary saveMine(Long expectedVersion, @NotNull @Valid ProfileDetails details) {
        Place home = places.find(details.homePlaceId()).orElseThrow(() -> new RuleViolationException("homePlaceId",
                "marketplace.error.unknownPlace", "No Dutch place " + details.homePlaceId(), details.homePlaceId()));
        Professional stored = professionals.ofAccount(me()).orElse(null);
        if (stored == null) {
            Professional professional = Professional.signUp(me(), details, home, kvk.check(details.kvkNumber()));
            professionals.add(professional);
            professionals.flush();
            changed.fire(new ProfessionalChanged(professional.id()));
            return summary(professional);
        }
        StaleVersionException.require(WHAT, stored.id(), expectedVersion == null ? -1 : expectedVersion, stored.version());
        // the register is asked only for a new number (the domain keeps the earlier check otherwise)
        KvkCheck check = details.kvkNumber().equals(stored.details().kvkNumber()) ? stored.kvkCheck() : kvk.check(details.kvkNumber());
        stored.revise(details, home, check);
        professionals.flush();
        changed.fire(new ProfessionalChanged(stored.id()));
        return summary(stored);
    }

    @RolesAllowed(Roles.OPERATOR)
    public List<ProfileSummary> pending() {
        List<Professional> waiting = professionals.pending(PENDING_LIMIT);
        Map<Integer, Place> homes = places.ofIds(waiting.stream().map(p -> p.details().homePlaceId()).collect(Collectors.toSet()));
        return waiting.stream().map(p -> ProfileSummary.of(p, Optional.ofNullable(homes.get(p.details().homePlaceId())).map(Place::name).orElse("?")))
                .toList();
    }

    @RolesAllowed(Roles.OPERATOR)
    public ProfileSummary get(@NotNull UUID id) {
        return summary(professionals.find(id).orElseThrow(() -> new NotFoundException(WHAT, id)));
    }

    @RolesAllowed(Roles.OPERATOR)
    public ProfileSummary vet(@NotNull UUID id, long expectedVersion, boolean approved) {
        Professional professional = professionals.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        StaleVersionException.require(WHAT, id, expectedVersion, professional.version());
        professional.vet(approved, me(), clock.instant());
        professionals.flush();
        changed.fire(new ProfessionalChanged(professional.id()));
        return summary(professional);
    }

    private ProfileSummary summary(Professional professional) {
        return ProfileSummary.of(professional, places.find(professional.details().homePlaceId()).map(Place::name).orElse("?"));
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
