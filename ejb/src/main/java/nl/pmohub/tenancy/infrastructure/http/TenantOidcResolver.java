package nl.pmohub.tenancy.infrastructure.http;

import nl.pmohub.shared.infrastructure.BeanLookup;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.shared.infrastructure.Settings;
import nl.pmohub.tenancy.application.TenantDirectory;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Chooses the Keycloak realm for each request from its URL: the addressed tenant's realm, or the
 * platform realm. A token is thereby only ever verified against the addressed tenant's issuer and keys,
 * so a token of realm A on tenant B's URL is refused. Configurations are cached per realm (they carry the
 * realm's key cache); unknown tenants get an empty configuration, never null (the gate has answered 404).
 * Subclasses in each war choose browser login or bearer tokens; they need a public no-arg constructor
 * because Elytron instantiates them from the web.xml context-param {@code oidc.config.resolver}.
 */
public abstract class TenantOidcResolver implements OidcClientConfigurationResolver {

    private static final BeanLookup<TenantDirectory> DIRECTORY = BeanLookup.of(TenantDirectory.class);
    private static final OidcClientConfiguration NOT_CONFIGURED = new OidcClientConfiguration();

    private final RealmRouting routing;
    private final ConcurrentMap<String, OidcClientConfiguration> byRealm = new ConcurrentHashMap<>();

    protected TenantOidcResolver(RealmRouting routing) {
        this.routing = routing;
    }

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        Optional<RealmRoute> route = routing.route(request.getRelativePath());
        if (route.isEmpty()) {
            return NOT_CONFIGURED;
        }
        String realm = route.get().realm();
        OidcClientConfiguration cached = byRealm.get(realm);
        if (cached != null) {
            return cached;
        }
        Optional<String> secret = route.get().isTenant() ? tenantSecret(realm) : Optional.of(Settings.platformWebClientSecret());
        if (secret.isEmpty()) {
            return NOT_CONFIGURED;
        }
        return byRealm.computeIfAbsent(realm, r -> build(configuration(r, secret.get())));
    }

    /** The adapter configuration (elytron-oidc-client JSON) for one realm. */
    protected abstract JsonObjectBuilder configuration(String realm, String webClientSecret);

    protected static JsonObjectBuilder common(String realm) {
        return Json.createObjectBuilder()
                .add("provider-url", Settings.keycloakUrl() + "/realms/" + realm)
                .add("ssl-required", "none")
                .add("principal-attribute", "preferred_username");
    }

    private static Optional<String> tenantSecret(String slug) {
        return DIRECTORY.get().find(slug).map(TenantDirectory.Entry::webClientSecret);
    }

    private static OidcClientConfiguration build(JsonObjectBuilder json) {
        return OidcClientConfigurationBuilder.build(new ByteArrayInputStream(json.build().toString().getBytes(StandardCharsets.UTF_8)));
    }
}
