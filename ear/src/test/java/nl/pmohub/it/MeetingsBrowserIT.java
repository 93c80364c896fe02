package nl.pmohub.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings in English, on a project made for the test: the project manager schedules a meeting, puts an item on its
 * agenda, takes its minutes and records who came, agrees an action of their own in it; the action is then on their
 * dashboard card, and the knowledge page finds a decision of the project by a Dutch word form.
 */
class MeetingsBrowserIT extends EndToEnd {

    @Test
    void minutesTakenInAMeetingPutTheActionOnTheOwnersDashboard() {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("MB-");
        String project = Projects.create("acme", pm, code).getString("id");
        String base = Projects.url("acme") + "/" + project;
        Http.post(base + "/stakeholders", pm, StakeholdersApiIT.stakeholder("Wethouder Jansen", 4, 4).build().toString());
        String marker = MeetingsApiIT.marker();
        Http.post(base + "/decisions", pm, Json.createObjectBuilder().add("decision", "De vergunning " + marker + " wordt in twee fasen aangevraagd")
                .add("rationale", "De sloop kan drie maanden eerder beginnen.").add("decidedBy", "Stuurgroep").add("decidedOn", LocalDate.now().toString())
                .build().toString());
        String title = "Kick-off " + code;
        String action = "Submit the permit application " + code;

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + project + "#meetingsSection");
            browser.click(By.id("meetings:newMeeting"));
            browser.type("meetingDialogForm:title", title);
            browser.click(By.id("meetingDialogForm:save"));
            browser.waitForText(By.id("growl_container"), "Meeting \"" + title + "\" saved.");
            browser.click(By.xpath("//tbody[@id='meetings:meetingList_data']/tr[contains(., '" + title + "')]//button[contains(@id, ':minutes')]"));

            browser.type("minutesDialogForm:newTopic", "Permit and neighbours");
            browser.type("minutesDialogForm:newPresenter", "Lotte Mulder");
            browser.click(By.id("minutesDialogForm:addItem"));
            browser.waitFor(By.id("minutesDialogForm:agenda:0:itemMinutes"));
            browser.type("minutesDialogForm:agenda:0:itemMinutes", "The municipality asks for more data; we split the application in two.");
            new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Attendance – Wethouder Jansen']"))).selectByValue("PRESENT");
            browser.click(By.id("minutesDialogForm:saveMinutes"));
            browser.waitForText(By.id("growl_container"), "Minutes of \"" + title + "\" saved.");

            browser.click(By.id("minutesDialogForm:newActionInMeeting"));
            browser.type("actionDialogForm:description", action);
            browser.type("actionDialogForm:owner", "Joost van den Berg");
            browser.type("actionDialogForm:dueDate_input", LocalDate.now().minusDays(30).toString());
            browser.click(By.id("actionDialogForm:save"));
            browser.waitForText(By.id("minutesDialogForm:meetingActions"), action);
            assertThat(browser.driver().findElement(By.id("minutesDialogForm:meetingActions")).getText()).contains("Joost van den Berg", "overdue");
            assertThat(browser.driver().findElement(By.id("minutesDialogForm:agenda:0:itemMinutes")).getAttribute("value")).contains("split the application");
            browser.screenshot("100-meeting-minutes");

            browser.open("/t/acme/");
            browser.waitForText(By.id("myActionsCard"), action);
            assertThat(browser.driver().findElement(By.id("myActions")).getText()).contains(code, "overdue");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.driver().findElement(By.id("myActionsCard")));
            browser.screenshot("102-my-actions");

            browser.click(By.id("knowledgeLink"));
            browser.waitForText(By.tagName("h1"), "Decisions and lessons");
            browser.type("knowledge:query", "vergunningen " + marker);
            browser.click(By.id("knowledge:search"));
            browser.waitUntil(d -> d.findElements(By.xpath("//tbody[@id='knowledge:hits_data']/tr")).size() == 1
                    && d.findElement(By.id("knowledge:hits_data")).getText().contains(marker));
            assertThat(browser.driver().findElement(By.id("knowledge:hits_data")).getText()).contains("Decision", code, "twee fasen");
            browser.screenshot("101-knowledge-search");
        }
        assertThat(Http.get(base + "/actions", pm).array().getJsonObject(0).getString("description")).isEqualTo(action);
    }
}
