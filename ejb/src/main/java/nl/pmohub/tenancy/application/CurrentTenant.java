package nl.pmohub.tenancy.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current request: the one place where it is decided. It is entered once, by the
 * request filter after the OIDC layer has verified the token against the tenant's realm, or by a job
 * that works for a tenant explicitly ({@link #callAs}). Hibernate's tenant resolver and the database
 * session setting both read it; with no tenant entered, tenant-owned tables show nothing.
 */
@RequestScoped
public class CurrentTenant {

    private String slug;

    public Optional<String> slug() {
        return Optional.ofNullable(slug);
    }

    public String require() {
        if (slug == null) {
            throw new IllegalStateException("No tenant in this request");
        }
        return slug;
    }

    /** Fixes the request's tenant. A request cannot change tenant half-way: a second, different tenant is refused. */
    public void enter(String tenant) {
        if (slug != null && !slug.equals(tenant)) {
            throw new IllegalStateException("Request already belongs to tenant " + slug);
        }
        slug = tenant;
    }

    /**
     * Runs work for a tenant outside a tenant request (demo data, jobs). The work must open its own
     * transaction, since Hibernate reads the tenant when a transaction's session starts.
     */
    public <T> T callAs(String tenant, Supplier<T> work) {
        String previous = slug;
        slug = tenant;
        try {
            return work.get();
        } finally {
            slug = previous;
        }
    }
}
