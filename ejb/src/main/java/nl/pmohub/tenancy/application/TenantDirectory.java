package nl.pmohub.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.tenancy.domain.Tenant;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The active tenants, cached: asked on every request (the gate that answers 404 for unknown tenants,
 * the OIDC resolver), so it must not cost a query each time. Unknown slugs are not cached, so a tenant
 * onboarded a moment ago is found on its first request. A plain CDI bean, not an EJB: a lookup in a
 * concurrent map needs no transaction, lock or security interceptor (each request asks twice); the rare
 * miss reads the registry without a transaction.
 */
@ApplicationScoped
public class TenantDirectory {

    /** What routing and authentication need to know of a tenant. */
    public record Entry(String slug, String name, String webClientSecret) {
    }

    private final ConcurrentMap<String, Entry> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    public Optional<Entry> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        Entry cached = known.get(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        Tenant tenant = em.find(Tenant.class, slug);
        if (tenant == null || !tenant.isActive()) {
            return Optional.empty();
        }
        Entry entry = new Entry(tenant.slug(), tenant.name(), tenant.webClientSecret());
        known.put(slug, entry);
        return Optional.of(entry);
    }

    public boolean exists(String slug) {
        return find(slug).isPresent();
    }
}
