package nl.pmohub.tenancy.infrastructure;

import nl.pmohub.shared.infrastructure.BeanLookup;
import jakarta.enterprise.context.ContextNotActiveException;
import nl.pmohub.tenancy.application.CurrentTenant;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate the tenant of the session being opened: the request's {@link CurrentTenant}.
 * With no tenant it answers {@code ""} (Hibernate fails every session on null): {@code @TenantId}
 * filtering then matches no row, row-level security shows none, and the column's check refuses inserts.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_TENANT = "";

    private static final BeanLookup<CurrentTenant> CURRENT = BeanLookup.of(CurrentTenant.class);

    @Override
    public String resolveCurrentTenantIdentifier() {
        try {
            return CURRENT.get().slug().orElse(NO_TENANT);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return NO_TENANT;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
