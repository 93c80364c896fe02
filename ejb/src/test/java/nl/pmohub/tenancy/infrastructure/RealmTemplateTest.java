package nl.pmohub.tenancy.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runtime realm template and the demo realms must not drift apart: same roles, clients and mappers,
 * and the same login page (the pmohub theme, Dutch by default with English to choose).
 */
class RealmTemplateTest {

    static Map<String, String> values(String realm) {
        Map<String, String> values = new HashMap<>(Map.of("realm", realm, "displayName", "Initech \"Infra\" B.V.",
                "webUrl", "http://localhost:8080", "keycloakUrl", "http://localhost:8180", "webClientSecret", "s1",
                "brokerClientSecret", "s2", "adminEmail", "it@initech.example", "adminPassword", "Temp-123"));
        values.put("guestsClientSecret", "s3");
        return values;
    }

    @Test
    void everyPlaceholderIsFilledAndValuesAreEscaped() {
        JsonObject realm = parse(KeycloakRealmProvisioner.realmJson(values("initech")));
        assertThat(realm.getString("realm")).isEqualTo("initech");
        assertThat(realm.getString("displayName")).isEqualTo("Initech \"Infra\" B.V.");
        assertThat(realm.getJsonArray("users").getJsonObject(0).getString("email")).isEqualTo("it@initech.example");
    }

    @Test
    void aMissingValueIsRefused() {
        Map<String, String> values = values("initech");
        values.remove("adminPassword");
        assertThatThrownBy(() -> KeycloakRealmProvisioner.realmJson(values)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void demoRealmsHaveTheTemplatesRolesClientsAndAudience() throws IOException {
        JsonObject template = parse(KeycloakRealmProvisioner.realmJson(values("acme")));
        JsonObject acme = parse(Files.readString(Path.of("../config/keycloak/acme-realm.json")));
        assertThat(roles(acme)).isEqualTo(roles(template)).contains("tenant-admin", "pm", "pmo", "viewer");
        assertThat(clients(acme)).containsAll(clients(template)).contains("pmohub-web", "pmohub-api", "pmohub-cli");
        assertThat(clients(template)).doesNotContain("pmohub-cli");
        for (JsonObject realm : new JsonObject[]{template, acme}) {
            JsonObject web = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("clientId").equals("pmohub-web")).findFirst().orElseThrow();
            assertThat(web.toString()).contains("oidc-audience-mapper").contains("pmohub-api");
            assertThat(web.getJsonObject("attributes").getString("pkce.code.challenge.method")).isEqualTo("S256");
        }
        assertThat(template.getJsonArray("identityProviders").getJsonObject(0).getString("alias")).isEqualTo("pmohub");
    }

    /** docs/adr/0006: new and demo realms link a marketplace sign-in only to the guest account of the same name. */
    @Test
    void newAndDemoRealmsLinkMarketplaceSignInsOnlyToGuestAccounts() throws IOException {
        List<JsonObject> realms = List.of(parse(KeycloakRealmProvisioner.realmJson(values("initech"))),
                parse(Files.readString(Path.of("../config/keycloak/acme-realm.json"))), parse(Files.readString(Path.of("../config/keycloak/globex-realm.json"))));
        for (JsonObject realm : realms) {
            String name = realm.getString("realm");
            JsonObject broker = realm.getJsonArray("identityProviders").getJsonObject(0);
            assertThat(broker.getString("firstBrokerLoginFlowAlias")).as(name).isEqualTo("pmohub guest link");
            assertThat(broker.getJsonObject("config").getString("defaultScope")).as(name + ": no e-mail asked").doesNotContain("email");
            JsonObject flow = realm.getJsonArray("authenticationFlows").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("alias").equals("pmohub guest link")).findFirst().orElseThrow();
            assertThat(flow.getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class).stream().map(e -> e.getString("authenticator")))
                    .as(name).containsExactly("idp-detect-existing-broker-user", "idp-auto-link");
            assertThat(realm.getJsonArray("identityProviderMappers").getJsonObject(0).getJsonObject("config").getString("template"))
                    .as(name).isEqualTo("${CLAIM.preferred_username}.pmohub");
            JsonObject guests = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .filter(u -> "pmohub-guests".equals(u.getString("serviceAccountClientId", null))).findFirst().orElseThrow();
            assertThat(guests.getJsonObject("clientRoles").getJsonArray("realm-management").getValuesAs(JsonString.class).stream().map(JsonString::getString))
                    .as(name + ": users only").containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
        }
        JsonObject platform = parse(Files.readString(Path.of("../config/keycloak/pmohub-realm.json")));
        JsonObject brokerClient = platform.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("pmohub-broker")).findFirst().orElseThrow();
        assertThat(brokerClient.getJsonArray("defaultClientScopes").getValuesAs(JsonString.class).stream().map(JsonString::getString))
                .contains("basic").doesNotContain("email");
    }

    @Test
    void newAndDemoRealmsShowThePmoHubLoginPageInDutchWithEnglishToChoose() throws IOException {
        Map<String, JsonObject> realms = new HashMap<>();
        realms.put("template", parse(KeycloakRealmProvisioner.realmJson(values("initech"))));
        for (String demo : List.of("acme", "globex", "pmohub")) {
            realms.put(demo, parse(Files.readString(Path.of("../config/keycloak/" + demo + "-realm.json"))));
        }
        realms.forEach((name, realm) -> {
            assertThat(realm.getString("loginTheme", null)).as(name + " loginTheme").isEqualTo("pmohub");
            assertThat(realm.getBoolean("internationalizationEnabled", false)).as(name + " internationalizationEnabled").isTrue();
            assertThat(realm.getJsonArray("supportedLocales").getValuesAs(JsonString.class).stream().map(JsonString::getString))
                    .as(name + " supportedLocales").containsExactlyInAnyOrder("nl", "en");
            assertThat(realm.getString("defaultLocale", null)).as(name + " defaultLocale").isEqualTo("nl");
            assertThat(realm.getString("displayName", "")).as(name + " displayName (shown on the login page)").isNotBlank();
        });
    }

    @Test
    void theLoginThemeExistsWithTheSameTextsInDutchAndEnglish() throws IOException {
        Path theme = Path.of("../config/keycloak/themes/pmohub/login");
        Properties properties = load(theme.resolve("theme.properties"));
        assertThat(properties.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(Files.exists(theme.resolve("resources/css/pmohub.css"))).isTrue();
        Properties dutch = load(theme.resolve("messages/messages_nl.properties"));
        Properties english = load(theme.resolve("messages/messages_en.properties"));
        assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames()).contains("loginTitleHtml");
        // the header shows the realm's display name, i.e. the tenant's name
        assertThat(dutch.getProperty("loginTitleHtml")).contains("{0}");
        assertThat(english.getProperty("loginTitleHtml")).contains("{0}");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> roles(JsonObject realm) {
        Set<String> names = new TreeSet<>();
        realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).forEach(r -> names.add(r.getString("name")));
        return names;
    }

    private static Set<String> clients(JsonObject realm) {
        Set<String> names = new TreeSet<>();
        realm.getJsonArray("clients").getValuesAs(JsonObject.class).forEach(c -> names.add(((JsonString) c.get("clientId")).getString()));
        return names;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
