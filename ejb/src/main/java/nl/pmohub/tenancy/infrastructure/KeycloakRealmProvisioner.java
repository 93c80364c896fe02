package nl.pmohub.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.shared.domain.DependencyFailureException;
import nl.pmohub.shared.domain.DuplicateException;
import nl.pmohub.shared.infrastructure.Settings;
import nl.pmohub.tenancy.application.RealmProvisioner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Creates a tenant realm with one call of Keycloak's admin REST API, posting the realm template
 * ({@code tenant-realm.json}, the same shape as the demo realms in config/keycloak). Authenticates as the
 * master realm client {@code pmohub-provisioner}, which holds only {@code create-realm}; Keycloak makes
 * it administrator of the realms it creates. Uses the server's JAX-RS client rather than
 * keycloak-admin-client, which would bring a second RESTEasy into the EAR (docs/adr/0001).
 */
@ApplicationScoped
public class KeycloakRealmProvisioner implements RealmProvisioner {

    static final String TEMPLATE = "tenant-realm.json";

    @Override
    public void createRealm(String slug, String displayName, String adminEmail, String adminTemporaryPassword, String webClientSecret) {
        String realm = realmJson(Map.of(
                "realm", slug,
                "displayName", displayName,
                "webUrl", Settings.webUrl(),
                "keycloakUrl", Settings.keycloakUrl(),
                "webClientSecret", webClientSecret,
                "brokerClientSecret", Settings.brokerClientSecret(),
                "guestsClientSecret", Settings.guestsClientSecret(),
                "adminEmail", adminEmail,
                "adminPassword", adminTemporaryPassword));
        Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build();
        try {
            String token = provisionerToken(client);
            try (Response response = client.target(Settings.keycloakUrl()).path("admin/realms").request()
                    .header("Authorization", "Bearer " + token)
                    .post(Entity.entity(realm, MediaType.APPLICATION_JSON_TYPE))) {
                if (response.getStatus() == 409) {
                    throw new DuplicateException("slug", slug);
                }
                if (response.getStatus() != 201) {
                    throw new DependencyFailureException("Keycloak", "realm creation answered " + response.getStatus());
                }
            }
        } catch (jakarta.ws.rs.ProcessingException unreachable) {
            throw new DependencyFailureException("Keycloak", unreachable.getMessage());
        } finally {
            client.close();
        }
    }

    private static String provisionerToken(Client client) {
        Form form = new Form()
                .param("grant_type", "client_credentials")
                .param("client_id", "pmohub-provisioner")
                .param("client_secret", Settings.provisionerClientSecret());
        try (Response response = client.target(Settings.keycloakUrl()).path("realms/master/protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON_TYPE).post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw new DependencyFailureException("Keycloak", "provisioner login answered " + response.getStatus());
            }
            return response.readEntity(JsonObject.class).getString("access_token");
        }
    }

    /** The template with each {{placeholder}} replaced by its value, escaped as JSON string content. */
    static String realmJson(Map<String, String> values) {
        String json = template();
        for (Map.Entry<String, String> value : values.entrySet()) {
            String quoted = Json.createValue(value.getValue()).toString();
            json = json.replace("{{" + value.getKey() + "}}", quoted.substring(1, quoted.length() - 1));
        }
        if (json.contains("{{")) {
            throw new IllegalStateException("Realm template has an unfilled placeholder");
        }
        return json;
    }

    private static String template() {
        try (InputStream in = KeycloakRealmProvisioner.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
