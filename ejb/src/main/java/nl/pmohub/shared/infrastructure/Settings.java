package nl.pmohub.shared.infrastructure;

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

    /** Public base URL of the web UI, for realm redirect URIs. */
    public static String webUrl() {
        return strip(System.getProperty("pmohub.web.url",
                "http://localhost:" + System.getProperty("jboss.http.port", "8080")));
    }

    public static boolean demoData() {
        return Boolean.parseBoolean(System.getProperty("pmohub.demo", "false"));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
