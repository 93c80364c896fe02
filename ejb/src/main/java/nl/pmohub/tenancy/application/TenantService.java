package nl.pmohub.tenancy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.DuplicateException;
import nl.pmohub.tenancy.domain.Tenant;
import nl.pmohub.tenancy.domain.TenantSlug;

import java.time.Clock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Onboarding of client organisations by platform operators. The registry row and the realm are made in
 * one transaction: the row is flushed first (a taken slug fails before Keycloak is touched), and a
 * realm that cannot be created rolls the row back.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class TenantService {

    @Inject
    Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    RealmProvisioner realms;

    public OnboardedTenant onboard(@NotNull @Valid NewTenant request) {
        if (TenantSlug.RESERVED.contains(request.slug()) || em.find(Tenant.class, request.slug()) != null) {
            throw new DuplicateException("slug", request.slug());
        }
        String webSecret = randomSecret(32);
        String temporaryPassword = randomSecret(12);
        em.persist(Tenant.register(request.slug(), request.name().strip(), request.adminEmail().strip(), webSecret, clock.instant()));
        em.flush();
        realms.createRealm(request.slug(), request.name().strip(), request.adminEmail().strip(), temporaryPassword, webSecret);
        return new OnboardedTenant(request.slug(), request.name().strip(), "admin", temporaryPassword, "/t/" + request.slug() + "/");
    }

    public List<TenantSummary> list() {
        return em.createQuery("""
                select new nl.pmohub.tenancy.application.TenantSummary(t.slug, t.name, cast(t.status as String), t.adminEmail, t.createdAt)
                from Tenant t order by t.name""", TenantSummary.class).getResultList();
    }

    private static String randomSecret(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
