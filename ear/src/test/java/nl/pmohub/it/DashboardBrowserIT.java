package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** What a project manager does in a real browser, signed in through the real Keycloak page. */
class DashboardBrowserIT extends EndToEnd {

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
            browser.waitForText(By.id("projects:table"), "ACM-1");
            browser.screenshot("02-dashboard");

            browser.click(By.id("projects:table:newProject"));
            browser.type("projectDialogForm:code", code);
            browser.type("projectDialogForm:name", "");
            browser.click(By.id("projectDialogForm:save"));
            browser.waitForText(By.id("projectDialogForm:formMessages"), "Name: is required");
            browser.screenshot("03-validation");

            browser.type("projectDialogForm:name", "Browser project " + code);
            browser.click(By.id("projectDialogForm:save"));
            browser.waitForText(By.id("growl_container"), "created");

            browser.type("projects:table:globalFilter", code);
            browser.waitForRows(By.cssSelector("[id='projects:table_data'] > tr"), 1);
            browser.waitForText(By.id("projects:table"), "Browser project " + code);
            browser.screenshot("04-created");

            browser.click(By.id("projects:table:0:edit"));
            browser.type("projectDialogForm:name", "Edited project " + code);
            browser.click(By.id("projectDialogForm:save"));
            browser.waitForText(By.id("projects:table"), "Edited project " + code);

            browser.click(By.id("projects:table:0:close"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("growl_container"), "closed");
            By row = By.xpath("//tbody[@id='projects:table_data']/tr[contains(., '" + code + "')]");
            browser.waitUntil(d -> d.findElement(row).getText().contains("Closed"));
            assertThat(browser.driver().findElement(row).findElements(By.cssSelector("[id$=':edit']")))
                    .as("closed projects are not edited").isEmpty();
        }
        Http.Reply stored = Http.get(Projects.url("acme") + "?q=" + code, Http.token("acme", "viewer"));
        assertThat(stored.json().getInt("total")).isEqualTo(1);
        assertThat(stored.json().getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("Edited project " + code);
        assertThat(stored.json().getJsonArray("items").getJsonObject(0).getString("phase")).isEqualTo("CLOSED");
    }

    /** A link from a mail (a project page with its query) opened before signing in lands on that page after signing in. */
    @Test
    void aDeepLinkSurvivesTheSignIn() {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("LINK-");
        String projectId = Projects.create("acme", pm, code).getString("id");
        try (Browser browser = new Browser("en")) {
            browser.open("/t/acme/project.xhtml?id=" + projectId + "&tab=plan");
            browser.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/acme/");
            browser.signIn("pm", "demo");

            browser.waitForText(By.tagName("h1"), code);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Stack.BASE_URL + "/t/acme/project.xhtml?id=" + projectId + "&tab=plan");
        }
    }

    @Test
    void formsExplainWhatIsWrongInDutchAndKeepTheInput() {
        String code = Stack.unique("NL-");
        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pm", "Projecten");
            browser.click(By.id("projects:table:newProject"));
            browser.type("projectDialogForm:code", code);
            browser.type("projectDialogForm:name", "Te vroeg klaar");
            // end first: an open date picker covers the fields below it; the manager field above closes it
            browser.type("projectDialogForm:endDate_input", "2027-01-01");
            browser.type("projectDialogForm:startDate_input", "2027-06-01");
            browser.type("projectDialogForm:manager", " ");
            browser.click(By.id("projectDialogForm:save"));
            browser.waitForText(By.id("projectDialogForm:formMessages"), "Einde: mag niet vóór de startdatum liggen");
            browser.waitForText(By.id("projectDialogForm:formMessages"), "Projectleider: is verplicht");
            assertThat(browser.waitFor(By.id("projectDialogForm:name")).getAttribute("value")).isEqualTo("Te vroeg klaar");
            browser.screenshot("07-validation-nl");
        }
        assertThat(Http.get(Projects.url("acme") + "?q=" + code, Http.token("acme", "viewer")).json().getInt("total")).isZero();
    }

    @Test
    void aProjectManagerOpensAProjectAndPlansAMilestone() {
        String name = Stack.unique("Keuring ");
        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pm", "Projecten");
            browser.waitForText(By.id("deadlineCard"), "Deadlines");
            browser.waitForText(By.id("contractCard"), "ACM-");
            assertThat(Integer.parseInt(browser.waitFor(By.id("waitingWeeks")).getText())).as("the demo's handed-in weeks wait").isPositive();
            browser.type("projects:table:globalFilter", "ACM-104");
            browser.waitForRows(By.cssSelector("[id='projects:table_data'] > tr"), 1);
            browser.click(By.id("projects:table:0:open"));

            browser.waitForText(By.tagName("h1"), "Verduurzaming woningvoorraad Zeist");
            assertThat(browser.driver().getCurrentUrl()).startsWith(Stack.BASE_URL + "/t/acme/project.xhtml?id=");
            browser.waitForText(By.id("milestones:table"), "Ontwerp gereed");
            browser.click(By.id("milestones:table:newMilestone"));
            browser.type("milestoneDialogForm:name", name);
            browser.click(By.id("milestoneDialogForm:save"));
            browser.waitForText(By.id("milestones:table"), name);
            browser.screenshot("09-project-milestones");
        }
        String pm = Http.token("acme", "pm");
        String projectId = Http.get(Projects.url("acme") + "?q=ACM-104", pm).json().getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(Http.get(Projects.url("acme") + "/" + projectId + "/milestones", pm).array().getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(m -> m.getString("name").equals(name));
    }

    @Test
    void aMilestoneDraggedOnTheTimelineIsRescheduledAndSlips() {
        String pm = Http.token("acme", "pm");
        java.time.LocalDate today = java.time.LocalDate.now();
        String projectId = Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique("TL-"))
                .add("startDate", today.minusMonths(1).toString()).add("endDate", today.plusMonths(11).toString()).build().toString())
                .json().getString("id");
        String name = Stack.unique("Drag me ");
        java.time.LocalDate planned = today.plusMonths(3);
        String milestones = Projects.url("acme") + "/" + projectId + "/milestones";
        Http.post(milestones, pm, jakarta.json.Json.createObjectBuilder().add("name", name).add("plannedDate", planned.toString())
                .add("percentComplete", 0).build().toString());

        try (Browser browser = new Browser("en")) {
            // sign in first: the OIDC login drops a URL's query string (see docs/running.md)
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + projectId);
            By item = By.xpath("//div[contains(@class,'vis-item') and contains(@class,'vis-box') and contains(., '" + name + "')]");
            browser.waitFor(item).click();
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .clickAndHold(browser.waitFor(item)).pause(java.time.Duration.ofMillis(200))
                    .moveByOffset(40, 0).pause(java.time.Duration.ofMillis(200))
                    .moveByOffset(80, 0).pause(java.time.Duration.ofMillis(200))
                    .release().perform();
            browser.waitForText(By.id("growl_container"), "moved");
            browser.screenshot("10-timeline-drag");
        }
        jakarta.json.JsonObject moved = Http.get(milestones, pm).array().getJsonObject(0);
        assertThat(moved.getString("baselineDate")).isEqualTo(planned.toString());
        assertThat(java.time.LocalDate.parse(moved.getString("plannedDate"))).isAfter(planned);
        assertThat(moved.getInt("slippageDays")).isPositive();
    }

    @Test
    void theSessionOfOneTenantIsSentToTheOtherTenantsLogin() {
        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");

            browser.open("/t/globex/projects.xhtml");
            browser.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/globex/");
            assertThat(browser.driver().getPageSource()).doesNotContain("GLX-201");
        }
    }

    @Test
    void aViewerSeesButGetsNoEditButtonsSpeaksDutchAndSignsOut() {
        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("globex", "viewer", "Projecten");
            browser.waitForText(By.id("projects:table"), "GLX-201");
            assertThat(browser.driver().findElements(By.id("projects:table:newProject"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("hoursCard"))).as("viewers approve no hours").isEmpty();

            browser.open("/t/globex/bestaat-niet.xhtml");
            browser.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            assertThat(browser.driver().getPageSource()).doesNotContain("ExternalContext");
            browser.open("/t/globex/");
            browser.waitForText(By.tagName("h1"), "Projecten");

            browser.click(By.id("language:en"));
            browser.waitForText(By.tagName("h1"), "Projects");
            browser.screenshot("05-viewer");
            browser.open("/t/globex/no-such-page.xhtml");
            browser.waitForText(By.tagName("h1"), "Page not found");
            browser.screenshot("05b-page-not-found");
            browser.open("/t/globex/");
            browser.waitForText(By.tagName("h1"), "Projects");

            browser.click(By.id("logout"));
            browser.waitUntilUrlStartsWith(Stack.BASE_URL + "/");
            browser.waitFor(By.id("tenant"));
            browser.open("/t/globex/");
            browser.waitUntilUrlStartsWith(Stack.KEYCLOAK_URL + "/realms/globex/");
            assertThat(browser.waitFor(By.id("username")).isDisplayed()).as("signed out of Keycloak too").isTrue();
        }
    }
}
