package nl.pmohub.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** What a project manager does in a real browser, signed in through the real Keycloak page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }

    @Test
    void aProjectManagerSignsInAndCreatesAProject() {
        String code = Stack.unique("UI-");
        try (Browser browser = new Browser("en")) {
            browser.open("/t/acme/");
            browser.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/acme/");
            browser.screenshot("01-keycloak-login");
            browser.signIn("pm", "demo");

            browser.waitForText(By.tagName("h1"), "Projects");
            assertThat(browser.driver().getCurrentUrl()).startsWith(Stack.BASE_URL + "/t/acme/");
            browser.waitForText(By.id("projects:table"), "ACM-101");
            browser.screenshot("02-dashboard");

            browser.waitFor(By.id("projects:newProject")).click();
            browser.type("projectDialogForm:code", code);
            browser.type("projectDialogForm:name", "");
            browser.waitFor(By.id("projectDialogForm:save")).click();
            browser.waitForText(By.id("projectDialogForm:formMessages"), "Name");
            browser.screenshot("03-validation");

            browser.type("projectDialogForm:name", "Browser project " + code);
            browser.waitFor(By.id("projectDialogForm:save")).click();
            browser.waitForText(By.id("growl_container"), "created");

            browser.type("projects:globalFilter", code);
            browser.waitForText(By.id("projects:table"), "Browser project " + code);
            browser.screenshot("04-created");
        }
        Http.Reply stored = Http.get(Projects.url("acme") + "?q=" + code, Http.token("acme", "viewer"));
        assertThat(stored.json().getInt("total")).isEqualTo(1);
    }

    @Test
    void theSessionOfOneTenantIsSentToTheOtherTenantsLogin() {
        try (Browser browser = new Browser("en")) {
            browser.open("/t/acme/");
            browser.signIn("pm", "demo");
            browser.waitForText(By.tagName("h1"), "Projects");

            browser.open("/t/globex/projects.xhtml");
            browser.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/globex/");
            assertThat(browser.driver().getPageSource()).doesNotContain("GLX-201");
        }
    }

    @Test
    void aViewerSeesButGetsNoEditButtonsAndSpeaksDutch() {
        try (Browser browser = new Browser("nl")) {
            browser.open("/t/globex/");
            browser.signIn("viewer", "demo");
            browser.waitForText(By.tagName("h1"), "Projecten");
            browser.waitForText(By.id("projects:table"), "GLX-201");
            assertThat(browser.driver().findElements(By.id("projects:newProject"))).isEmpty();

            browser.waitFor(By.id("language:en")).click();
            browser.waitForText(By.tagName("h1"), "Projects");
            browser.screenshot("05-viewer");
        }
    }
}
