package nl.pmohub.tenancy.api;

import jakarta.json.JsonObjectBuilder;
import nl.pmohub.tenancy.infrastructure.http.RealmRouting;
import nl.pmohub.tenancy.infrastructure.http.TenantOidcResolver;

/**
 * Bearer tokens for the API: issued by the addressed realm, and meant for us (audience
 * {@code pmohub-api}); anything else is 401.
 */
public class ApiOidcResolver extends TenantOidcResolver {

    public ApiOidcResolver() {
        super(RealmRouting.API);
    }

    @Override
    protected JsonObjectBuilder configuration(String realm, String webClientSecret) {
        return common(realm)
                .add("client-id", "pmohub-api")
                .add("bearer-only", true)
                .add("verify-token-audience", true);
    }
}
