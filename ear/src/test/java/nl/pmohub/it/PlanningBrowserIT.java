package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Prince2 screens of a project as a project manager uses them: a stage gate and a deliverable dragged on the timeline. */
class PlanningBrowserIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    private static String prince2Project(String pm) {
        return Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique("GT-"))
                .add("startDate", TODAY.minusMonths(1).toString()).add("endDate", TODAY.plusMonths(11).toString()).build().toString())
                .json().getString("id");
    }

    @Test
    void theBoardsGateDecisionIsRecordedWithItsDocumentsAndStartsTheNextStage() {
        String pm = Http.token("acme", "pm");
        String projectId = prince2Project(pm);
        String stages = Projects.url("acme") + "/" + projectId + "/stages";
        Http.post(stages, pm, Json.createObjectBuilder().add("kind", "INITIATION").add("name", "Initiatie")
                .add("startDate", TODAY.minusMonths(1).toString()).add("endDate", TODAY.plusDays(3).toString()).add("budget", 50000).build().toString());
        Http.post(stages, pm, Json.createObjectBuilder().add("kind", "DELIVERY").add("name", "Levering 1")
                .add("startDate", TODAY.plusDays(4).toString()).add("endDate", TODAY.plusMonths(5).toString()).add("budget", 400000).build().toString());

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + projectId);
            browser.click(By.id("stages:table:0:gate"));
            browser.waitFor(By.id("gateDialogForm:decidedBy"));
            browser.click(By.xpath("//label[contains(., 'Go with conditions')]"));
            browser.type("gateDialogForm:decidedBy", "Project board");
            browser.click(By.id("gateDialogForm:record"));
            browser.waitForText(By.id("gateDialogForm:formMessages"), "conditions");
            browser.screenshot("20-gate-refused");

            browser.type("gateDialogForm:conditions", "Soil survey before demolition");
            browser.click(By.id("gateDialogForm:record"));
            browser.waitForText(By.id("growl_container"), "recorded");
            browser.waitForText(By.id("stages:table"), "Go with conditions");
            browser.screenshot("21-gate-recorded");

            browser.click(By.id("stages:table:0:showGate"));
            browser.waitForText(By.id("gateRecordForm"), "Soil survey before demolition");
            assertThat(browser.driver().findElement(By.id("gateRecordForm")).getText()).contains("Progress report", "Risk register", "Budget");
        }
        JsonObject first = Http.get(stages, pm).array().getJsonObject(0);
        JsonObject second = Http.get(stages, pm).array().getJsonObject(1);
        assertThat(first.getString("status")).isEqualTo("CLOSED");
        assertThat(first.getString("gateDecision")).isEqualTo("GO_WITH_CONDITIONS");
        assertThat(second.getString("status")).isEqualTo("ACTIVE");
        JsonObject gate = Http.get(stages + "/" + first.getString("id") + "/gate", pm).json();
        assertThat(gate.getString("decidedBy")).isEqualTo("Project board");
        assertThat(gate.getJsonArray("documents")).hasSize(3);
    }

    @Test
    void aDeliverableDraggedOnTheTimelineKeepsItsBaselineAndFlagsItsDependency() {
        String pm = Http.token("acme", "pm");
        String projectId = prince2Project(pm);
        String deliverables = Projects.url("acme") + "/" + projectId + "/deliverables";
        String first = Http.post(deliverables, pm, Json.createObjectBuilder().add("name", "Ontwerp").add("startDate", TODAY.toString())
                .add("endDate", TODAY.plusMonths(2).toString()).build().toString()).json().getString("id");
        String name = Stack.unique("Bouw ");
        String second = Http.post(deliverables, pm, Json.createObjectBuilder().add("name", name).add("startDate", TODAY.plusMonths(4).toString())
                .add("endDate", TODAY.plusMonths(6).toString()).build().toString()).json().getString("id");
        Http.post(deliverables + "/" + second + "/predecessors", pm, "{\"predecessorId\":\"" + first + "\"}");

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + projectId);
            By item = By.xpath("//div[contains(@class,'vis-item') and contains(@class,'vis-range') and contains(., '" + name + "')]");
            browser.waitFor(item).click();
            // drag it onto its predecessor: it would then start before the predecessor ends
            By predecessor = By.xpath("//div[contains(@class,'vis-item') and contains(@class,'vis-range') and contains(., 'Ontwerp')]");
            new Actions(browser.driver()).clickAndHold(browser.waitFor(item)).pause(Duration.ofMillis(200))
                    .moveByOffset(-20, 0).pause(Duration.ofMillis(200)).moveToElement(browser.waitFor(predecessor)).pause(Duration.ofMillis(200))
                    .release().perform();
            browser.waitForText(By.id("growl_container"), "moved");
            browser.waitForText(By.id("deliverables:table"), "starts too early");
            browser.waitFor(item);
            browser.screenshot("22-deliverable-dragged");
        }
        JsonObject moved = Http.get(deliverables, pm).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("id").equals(second)).findFirst().orElseThrow();
        assertThat(LocalDate.parse(moved.getString("startDate"))).isBefore(TODAY.plusMonths(2));
        assertThat(moved.getString("baselineStartDate")).isEqualTo(TODAY.plusMonths(4).toString());
        assertThat(moved.getBoolean("dependencyConflict")).isTrue();
    }

    @Test
    void aStageDraggedLaterSlipsAgainstItsBaselineEnd() {
        String pm = Http.token("acme", "pm");
        String projectId = prince2Project(pm);
        String stages = Projects.url("acme") + "/" + projectId + "/stages";
        String name = Stack.unique("Fase ");
        Http.post(stages, pm, Json.createObjectBuilder().add("kind", "INITIATION").add("name", name).add("startDate", TODAY.toString())
                .add("endDate", TODAY.plusMonths(2).toString()).add("timeToleranceDays", 5).add("budget", 80000).build().toString());

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + projectId);
            By item = By.xpath("//div[contains(@class,'vis-item') and contains(@class,'vis-range') and contains(., '" + name + "')]");
            browser.waitFor(item).click();
            new Actions(browser.driver()).clickAndHold(browser.waitFor(item)).pause(Duration.ofMillis(200))
                    .moveByOffset(40, 0).pause(Duration.ofMillis(200)).moveByOffset(80, 0).pause(Duration.ofMillis(200))
                    .release().perform();
            browser.waitForText(By.id("growl_container"), "moved");
            browser.waitForText(By.id("stages:table"), "time exception");
            browser.waitFor(item);
            browser.screenshot("24-stage-dragged");
        }
        JsonObject moved = Http.get(stages, pm).array().getJsonObject(0);
        assertThat(moved.getString("baselineEndDate")).isEqualTo(TODAY.plusMonths(2).toString());
        assertThat(moved.getInt("slippageDays")).isGreaterThan(5);
        assertThat(moved.getJsonArray("breaches").getString(0)).isEqualTo("TIME");
    }

    @Test
    void theRoadmapShowsEveryActiveProjectOfTheTenantAndOpensAProjectFromIt() {
        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pmo", "Projecten");
            browser.click(By.id("roadmapLink"));
            browser.waitForText(By.tagName("h1"), "Portfolioroadmap");
            browser.waitForText(By.id("roadmap:timeline"), "ACM-101");
            String roadmap = browser.driver().findElement(By.id("roadmap:timeline")).getText();
            assertThat(roadmap).contains("ACM-101", "ACM-103", "Uitvoering").doesNotContain("GLX-").as("closed projects").doesNotContain("ACM-111");
            browser.screenshot("23-roadmap");

            chooseMethod(browser, "Scrum");
            waitForRoadmapWith(browser, "ACM-103", "ACM-101");

            chooseMethod(browser, "PRINCE2");
            waitForRoadmapWith(browser, "ACM-101", "ACM-103");
            // ACM-101's running stage, the one in exception: selecting it opens the project
            By stage = By.xpath("//div[contains(@class,'vis-range') and contains(@class,'exception') and contains(., 'Uitvoering')]");
            browser.waitFor(stage).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/t/acme/project.xhtml?id="));
            browser.waitForText(By.tagName("h1"), "Renovatie hoofdkantoor Utrecht");
        }
    }

    /** Picks a method in the filter (a radio button per method) and waits until it shows chosen. */
    private static void chooseMethod(Browser browser, String label) {
        By option = By.xpath("//*[@id='roadmap:method']//label[normalize-space(.)='" + label + "']");
        browser.click(option);
        browser.waitUntil(d -> d.findElement(By.id(d.findElement(option).getAttribute("for"))).isSelected());
    }

    /** The timeline is drawn again after an update (empty for a moment): waits until it shows one project and not the other. */
    private static void waitForRoadmapWith(Browser browser, String shown, String hidden) {
        browser.waitUntil(d -> {
            String text = d.findElement(By.id("roadmap:timeline")).getText();
            return text.contains(shown) && !text.contains(hidden);
        });
    }
}
