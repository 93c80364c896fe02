package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A platform operator onboards an organisation; its realm works at once, without restart or redeploy. */
class OnboardingIT extends EndToEnd {

    private static final String TENANTS = Stack.API + "/platform/tenants";

    @Test
    void anOperatorOnboardsATenantInTheConsoleWhoseAdminCanSignInAtOnce() {
        String slug = Stack.unique("ui-").toLowerCase(Locale.ROOT);
        String temporaryPassword;
        try (Browser operator = new Browser("en")) {
            operator.open("/platform/tenants.xhtml");
            operator.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/pmohub/");
            operator.signIn("operator", "demo");
            operator.type("onboard:name", "Console " + slug);
            operator.type("onboard:slug", slug);
            operator.type("onboard:adminEmail", "admin@" + slug + ".example");
            operator.click(By.id("onboard:create"));
            temporaryPassword = operator.waitFor(By.id("temporaryPassword")).getText();
            operator.waitForText(By.id("tenants"), slug);
            operator.screenshot("06-operator-console");
        }
        signInAsNewAdmin(slug, temporaryPassword);
    }

    @Test
    void anOperatorOnboardsATenantThroughTheApi() {
        String slug = Stack.unique("api-").toLowerCase(Locale.ROOT);
        String operator = Http.token("pmohub", "operator");
        Http.Reply created = Http.post(TENANTS, operator, Json.createObjectBuilder()
                .add("name", "Integration " + slug).add("slug", slug).add("adminEmail", "admin@" + slug + ".example").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject tenant = created.json();
        assertThat(tenant.getString("loginPath")).isEqualTo("/t/" + slug + "/");
        assertThat(Http.get(TENANTS, operator).array().getValuesAs(JsonObject.class)).anyMatch(t -> t.getString("slug").equals(slug));
        signInAsNewAdmin(slug, tenant.getString("temporaryPassword"));
    }

    /** The new realm works at once: its administrator signs in, sets a password and sees an empty dashboard. */
    private static void signInAsNewAdmin(String slug, String temporaryPassword) {
        try (Browser browser = new Browser("en")) {
            browser.open("/t/" + slug + "/");
            browser.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/" + slug + "/");
            browser.signIn("admin", temporaryPassword);
            browser.type("password-new", "Changed-" + slug);
            browser.type("password-confirm", "Changed-" + slug);
            browser.click(By.cssSelector("[type=submit]"));
            // Keycloak may still ask for the profile; wait for either that form or the dashboard before deciding
            browser.waitUntil(d -> !d.findElements(By.id("firstName")).isEmpty()
                    || d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().contains("Projects")));
            if (!browser.driver().findElements(By.id("firstName")).isEmpty()) {
                browser.type("firstName", "Ada");
                browser.type("lastName", "Admin");
                browser.click(By.cssSelector("[type=submit]"));
            }
            browser.waitForText(By.tagName("h1"), "Projects");
            browser.waitForText(By.id("projects:table"), "No projects");
            browser.screenshot("08-new-tenant");
        }
    }

    @Test
    void onboardingRefusesBadInputTakenSlugsAndNonOperators() {
        String operator = Http.token("pmohub", "operator");
        Http.Reply invalid = Http.post(TENANTS, operator, "{\"name\":\"\",\"slug\":\"Not A Slug\",\"adminEmail\":\"nope\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("name", "slug", "adminEmail");

        Http.Reply taken = Http.post(TENANTS, operator, "{\"name\":\"Acme again\",\"slug\":\"acme\",\"adminEmail\":\"a@acme.example\"}");
        assertThat(taken.status()).isEqualTo(409);
        Http.Reply reserved = Http.post(TENANTS, operator, "{\"name\":\"Master\",\"slug\":\"master\",\"adminEmail\":\"a@b.example\"}");
        assertThat(reserved.status()).isEqualTo(409);

        assertThat(Http.get(TENANTS, Http.token("pmohub", "pro1")).status()).as("a professional is no operator").isEqualTo(403);
        assertThat(Http.get(TENANTS, Http.token("acme", "admin")).status()).as("tenant tokens are not platform tokens").isEqualTo(401);
    }
}
