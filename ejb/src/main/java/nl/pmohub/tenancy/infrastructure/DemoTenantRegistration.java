package nl.pmohub.tenancy.infrastructure;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.shared.infrastructure.Settings;
import nl.pmohub.tenancy.domain.Tenant;

import java.time.Clock;

/**
 * Puts a demo tenant in the registry, committed on its own so that the seeds that follow (each in its
 * own transaction) can refer to it. The demo realms use the platform's web client secret.
 */
@Stateless
public class DemoTenantRegistration {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String slug, String name, String adminEmail) {
        if (em.find(Tenant.class, slug) == null) {
            em.persist(Tenant.register(slug, name, adminEmail, Settings.platformWebClientSecret(), clock.instant()));
        }
    }
}
