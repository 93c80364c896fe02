package nl.pmohub.tenancy.web;

import jakarta.json.JsonObjectBuilder;
import nl.pmohub.tenancy.infrastructure.http.RealmRouting;
import nl.pmohub.tenancy.infrastructure.http.TenantOidcResolver;

/**
 * Browser login for the UI: authorization code flow with PKCE against the addressed tenant's realm
 * (or the platform realm), as the confidential client {@code pmohub-web}.
 */
public class WebOidcResolver extends TenantOidcResolver {

    public WebOidcResolver() {
        super(RealmRouting.WEB);
    }

    @Override
    protected JsonObjectBuilder configuration(String realm, String webClientSecret) {
        return common(realm)
                .add("client-id", "pmohub-web")
                .add("public-client", false)
                .add("enable-pkce", true)
                .add("credentials", jakarta.json.Json.createObjectBuilder().add("secret", webClientSecret));
    }
}
