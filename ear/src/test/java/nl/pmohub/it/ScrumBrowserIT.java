package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Scrum part of a project page as a Scrum master uses it: the sprint review that closes a sprint. */
class ScrumBrowserIT extends EndToEnd {

    @Test
    void theSprintReviewClosesTheSprintAndItsVelocityCounts() {
        String pm = Http.token("acme", "pm");
        LocalDate today = LocalDate.now();
        String project = Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique("SB-")).add("method", "SCRUM")
                .add("startDate", today.minusMonths(1).toString()).add("endDate", today.plusMonths(11).toString()).build().toString())
                .json().getString("id");
        String sprints = Projects.url("acme") + "/" + project + "/sprints";
        String backlog = Projects.url("acme") + "/" + project + "/backlog";
        String team = Stack.unique("Team ");
        Http.Reply sprint = Http.post(sprints, pm, Json.createObjectBuilder().add("team", team).add("goal", "Eerste increment")
                .add("startDate", today.minusDays(5).toString()).add("endDate", today.plusDays(8).toString()).build().toString());
        Http.post(sprints, pm, Json.createObjectBuilder().add("team", team).add("goal", "Te vroeg gepland")
                .add("startDate", today.plusDays(9).toString()).add("endDate", today.plusDays(22).toString()).build().toString());
        String sprintId = sprint.json().getString("id");
        Http.Reply shown = Http.post(backlog, pm, Json.createObjectBuilder().add("title", "Inloggen").add("estimate", 5)
                .add("sprintId", sprintId).build().toString());
        Http.post(backlog, pm, Json.createObjectBuilder().add("title", "Rapportage").add("estimate", 8).add("sprintId", sprintId).build().toString());
        Http.post(sprints + "/" + sprintId + "/start", pm, sprint.header("ETag"), "");
        Http.put(backlog + "/" + shown.json().getString("id"), pm, shown.header("ETag"), Json.createObjectBuilder().add("title", "Inloggen")
                .add("estimate", 5).add("sprintId", sprintId).add("status", "DONE").build().toString());

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + project);
            browser.waitForText(By.id("scrumMain:scrumSprintTable"), "Te vroeg gepland");
            // a planned sprint can be removed, after confirming
            browser.click(By.id("scrumMain:scrumSprintTable:1:scrumRemoveSprint"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("growl_container"), "Sprint 2 removed");
            browser.waitUntil(d -> !d.findElement(By.id("scrumMain:scrumSprintTable")).getText().contains("Te vroeg gepland"));

            browser.click(By.id("scrumMain:scrumSprintTable:0:scrumReviewSprint"));
            browser.waitFor(By.id("scrumReviewForm:scrumNotes"));
            browser.click(By.id("scrumReviewForm:scrumSaveReview"));
            // a review without notes is refused in the dialog, and the sprint stays open
            browser.waitUntil(d -> !d.findElement(By.id("scrumReviewForm:scrumReviewMessages")).getText().isBlank());
            assertThat(Http.get(sprints + "/" + sprintId, pm).json().getString("status")).isEqualTo("ACTIVE");
            browser.type("scrumReviewForm:scrumNotes", "Inloggen gedemonstreerd; rapportage schuift door");
            browser.click(By.id("scrumReviewForm:scrumSaveReview"));
            browser.waitForText(By.id("growl_container"), "Sprint");
            browser.waitForText(By.id("scrumMain:scrumSprintTable"), "Closed");
            browser.screenshot("30-sprint-reviewed");
        }
        JsonObject reviewed = Http.get(sprints + "/" + sprintId, pm).json();
        assertThat(reviewed.getString("status")).isEqualTo("CLOSED");
        assertThat(reviewed.getInt("completedPoints")).isEqualTo(5);
        assertThat(reviewed.getString("reviewNotes")).startsWith("Inloggen gedemonstreerd");
        assertThat(Http.get(Projects.url("acme") + "/" + project + "/velocity", pm).json().getJsonArray("sprints")).hasSize(1);
        assertThat(Http.get(backlog + "?sprint=product", pm).array().getJsonObject(0).getString("title"))
                .as("the unfinished item went back to the product backlog").isEqualTo("Rapportage");
    }
}
