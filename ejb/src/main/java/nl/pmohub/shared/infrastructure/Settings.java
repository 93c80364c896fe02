package nl.pmohub.shared.infrastructure;

import java.util.Optional;

/**
 * Deployment settings. They are WildFly system properties set by config/wildfly/server.cli from
 * environment variables (see docs/configuration.md), read here so no other class knows their names.
 * Static because the OIDC resolvers are created by Elytron, outside CDI.
 */
public final class Settings {

    private Settings() {
    }

    /** Keycloak's base URL as both the browser and this server reach it (issuers must match). */
    public static String keycloakUrl() {
        return strip(System.getProperty("pmohub.keycloak.url", "http://localhost:8180"));
    }

    /** The platform realm's web client secret (tenant realms have their own, in the tenant registry). */
    public static String platformWebClientSecret() {
        return System.getProperty("pmohub.web.client-secret", "pmohub-web-demo-secret");
    }

    public static String provisionerClientSecret() {
        return System.getProperty("pmohub.provisioner.client-secret", "pmohub-provisioner-demo-secret");
    }

    public static String brokerClientSecret() {
        return System.getProperty("pmohub.broker.client-secret", "pmohub-broker-demo-secret");
    }

    /** The secret of each tenant realm's client {@code pmohub-guests}, which makes hired professionals' accounts. */
    public static String guestsClientSecret() {
        return System.getProperty("pmohub.guests.client-secret", "pmohub-guests-demo-secret");
    }

    /** Public base URL of the web UI, for realm redirect URIs. */
    public static String webUrl() {
        return strip(System.getProperty("pmohub.web.url",
                "http://localhost:" + System.getProperty("jboss.http.port", "8080")));
    }

    public static boolean demoData() {
        return Boolean.parseBoolean(System.getProperty("pmohub.demo", "false"));
    }

    /** The Chamber of Commerce's API; its test environment, with KvK's public test key, is {@code https://api.kvk.nl/test}. */
    public static String kvkApiUrl() {
        return strip(System.getProperty("pmohub.kvk.api-url", "https://api.kvk.nl"));
    }

    /** The key for KvK's search API. Without one, KvK numbers are checked for their format only. */
    public static Optional<String> kvkApiKey() {
        return Optional.ofNullable(System.getProperty("pmohub.kvk.api-key")).map(String::strip).filter(key -> !key.isEmpty());
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
