package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.marketplace.application.ProfessionalRepository;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.marketplace.domain.Vetting;
import nl.pmohub.shared.domain.PmoException;
import nl.pmohub.shared.domain.RuleViolationException;
import nl.pmohub.shared.infrastructure.EntityStore;

import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/** Professionals' profiles: platform records, the same whichever tenant (or none) the request is in. */
@ApplicationScoped
public class JpaProfessionalRepository extends EntityStore<Professional> implements ProfessionalRepository {

    public JpaProfessionalRepository() {
        super(Professional.class);
    }

    @Override
    protected Map<String, Supplier<? extends PmoException>> constraintRefusals() {
        return Map.of("professional_account", () -> new RuleViolationException("account", "marketplace.error.profileRace",
                "The profile was made at the same moment elsewhere; reload it"));
    }

    @Override
    public Map<UUID, Professional> ofIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Professional p where p.id in :ids", Professional.class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().collect(Collectors.toMap(Professional::id, Function.identity()));
    }

    @Override
    public Optional<Professional> ofAccount(String account) {
        return em.createQuery("select p from Professional p where p.account = :account", Professional.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    @Override
    public List<Professional> pending(int limit) {
        return em.createQuery("select p from Professional p where p.vetting = :pending order by p.createdAt", Professional.class)
                .setParameter("pending", Vetting.PENDING).setMaxResults(limit).getResultList();
    }
}
