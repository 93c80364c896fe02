package nl.pmohub.marketplace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pmohub.marketplace.application.GuestAccounts;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.shared.domain.DependencyFailureException;
import nl.pmohub.shared.infrastructure.Settings;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Guest accounts through Keycloak's admin REST API, as each tenant realm's client {@code pmohub-guests}, whose service
 * account may manage users and nothing else. The account has no password: the realm's first-broker-login
 * flow ("pmohub guest link") links a marketplace sign-in to an existing account of the same username and refuses
 * everyone else, so only a professional with an engagement can sign in at all.
 */
@ApplicationScoped
public class KeycloakGuestAccounts implements GuestAccounts {

    private static final String CLIENT_ID = "pmohub-guests";

    @Override
    public void admit(String tenant, String username, String name, String email, GuestRole role) {
        inRealm(tenant, realm -> {
            String id = userId(realm, username).orElseGet(() -> create(realm, username, name, email));
            put(realm.path("users").path(id), Json.createObjectBuilder().add("enabled", true).build());
            setRole(realm, id, role);
            return null;
        });
    }

    @Override
    public void dismiss(String tenant, String username) {
        inRealm(tenant, realm -> {
            userId(realm, username).ifPresent(id -> {
                setRole(realm, id, null);
                put(realm.path("users").path(id), Json.createObjectBuilder().add("enabled", false).build());
                try (Response ignored = realm.path("users").path(id).path("logout").request().post(Entity.json("{}"))) {
                    // ends open sessions; the request filter refuses their tokens anyway
                }
            });
            return null;
        });
    }

    private static Optional<String> userId(WebTarget realm, String username) {
        JsonArray found = realm.path("users").queryParam("username", username).queryParam("exact", true).request().get(JsonArray.class);
        return found.stream().map(JsonObject.class::cast).filter(u -> username.equals(u.getString("username"))).map(u -> u.getString("id")).findFirst();
    }

    private static String create(WebTarget realm, String username, String name, String email) {
        int space = name.indexOf(' ');
        JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("firstName", space < 0 ? name : name.substring(0, space)).add("lastName", space < 0 ? "" : name.substring(space + 1).strip())
                .add("email", email).add("emailVerified", true).add("requiredActions", Json.createArrayBuilder()).build();
        try (Response response = realm.path("users").request().post(Entity.json(user))) {
            if (response.getStatus() != 201 && response.getStatus() != 409) {
                throw failure("creating " + username, response.getStatus());
            }
        }
        return userId(realm, username).orElseThrow(() -> failure("finding " + username, 404));
    }

    /**
     * Leaves the account with exactly {@code keep} of the guest roles (none: null). Roles are read from the user's own
     * mappings and "available" list, which the users-only service account may see (it may not read the realm's roles).
     */
    private static void setRole(WebTarget realm, String userId, GuestRole keep) {
        WebTarget mappings = realm.path("users").path(userId).path("role-mappings/realm");
        JsonArray surplus = guestRoles(mappings.request().get(JsonArray.class), keep == null ? null : keep.realmRole(), false);
        if (!surplus.isEmpty()) {
            try (Response response = mappings.request().build("DELETE", Entity.json(surplus)).invoke()) {
                requireSuccess(response, "removing roles");
            }
        }
        if (keep != null) {
            JsonArray wanted = guestRoles(mappings.path("available").request().get(JsonArray.class), keep.realmRole(), true);
            if (!wanted.isEmpty()) {
                try (Response response = mappings.request().post(Entity.json(wanted))) {
                    requireSuccess(response, "granting " + keep.realmRole());
                }
            }
        }
    }

    /** Of {@code roles}, the guest roles named {@code name} ({@code only}) or all guest roles but that one. */
    private static JsonArray guestRoles(JsonArray roles, String name, boolean only) {
        Set<String> guest = Arrays.stream(GuestRole.values()).map(GuestRole::realmRole).collect(Collectors.toSet());
        JsonArrayBuilder picked = Json.createArrayBuilder();
        roles.stream().map(JsonObject.class::cast).filter(r -> guest.contains(r.getString("name")))
                .filter(r -> r.getString("name").equals(name) == only).forEach(picked::add);
        return picked.build();
    }

    private static void requireSuccess(Response response, String what) {
        if (response.getStatus() >= 300) {
            throw failure(what, response.getStatus());
        }
    }

    private static void put(WebTarget target, JsonObject body) {
        try (Response response = target.request().put(Entity.json(body))) {
            requireSuccess(response, "updating a guest account");
        }
    }

    /** Runs admin calls on the tenant's realm with a fresh service-account token, turning Keycloak's absence into a 503. */
    private static <T> T inRealm(String tenant, Function<WebTarget, T> work) {
        Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS).build();
        try {
            String token = token(client, tenant);
            WebTarget realm = client.target(Settings.keycloakUrl()).path("admin/realms").path(tenant)
                    .register((jakarta.ws.rs.client.ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization", "Bearer " + token));
            return work.apply(realm);
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException unreachable) {
            throw new DependencyFailureException("Keycloak", unreachable.getMessage());
        } finally {
            client.close();
        }
    }

    private static String token(Client client, String tenant) {
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", CLIENT_ID)
                .param("client_secret", Settings.guestsClientSecret());
        try (Response response = client.target(Settings.keycloakUrl()).path("realms").path(tenant).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON_TYPE).post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw failure("signing in as " + CLIENT_ID, response.getStatus());
            }
            return response.readEntity(JsonObject.class).getString("access_token");
        }
    }

    private static DependencyFailureException failure(String what, int status) {
        return new DependencyFailureException("Keycloak", what + " answered " + status);
    }
}
