package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time registration as people use it: a PMO officer types a week of hours into the grid with the keyboard
 * and hands it in; the project manager approves it from "Hours to approve"; the project page shows the
 * hours per week as a chart.
 */
class HoursBrowserIT extends EndToEnd {

    @Test
    void aWeekTypedIntoTheGridIsHandedInAndApprovedByTheProjectManager() {
        String pm = Http.token("acme", "pm");
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(3);
        String code = Stack.unique("HB-");
        String project = Http.post(Projects.url("acme"), pm, Projects.valid(code).add("startDate", monday.minusMonths(1).toString())
                .add("endDate", monday.plusMonths(6).toString()).build().toString()).json().getString("id");

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pmo", "Projects");
            browser.click(By.id("hoursLink"));
            browser.waitForText(By.tagName("h1"), "My hours");
            browser.open("/t/acme/hours.xhtml?week=" + monday);
            browser.waitForText(By.id("weekTitle"), "Week");
            new Select(browser.waitFor(By.id("week:addProject"))).selectByVisibleText(code + " · Project " + code);
            browser.click(By.id("week:add"));
            browser.waitForText(By.id("week:grid"), code);

            // keyboard only: type a day, Tab to the next
            List<WebElement> days = browser.driver().findElements(By.cssSelector("#week\\:grid tbody tr:first-child input.hours-input"));
            assertThat(days).hasSize(7);
            days.get(0).click();
            days.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "8", Keys.TAB, Keys.chord(Keys.CONTROL, "a"), "7.5", Keys.TAB,
                    Keys.chord(Keys.CONTROL, "a"), "6", Keys.TAB, Keys.chord(Keys.CONTROL, "a"), "8", Keys.TAB, Keys.chord(Keys.CONTROL, "a"), "4");
            browser.click(By.id("week:save"));
            browser.waitForText(By.id("growl_container"), "Hours saved");
            browser.waitForText(By.id("week:grid"), "33.5");
            assertThat(browser.driver().findElement(By.cssSelector("[id$='weekTotal']")).getText()).isEqualTo("33.5");
            browser.screenshot("40-hours-week");
            browser.click(By.id("week:grid:0:submit"));
            browser.waitForText(By.id("growl_container"), "Week handed in for " + code);
            browser.waitForText(By.id("week:grid"), "Handed in");

            // the PMO sets hourly rates: what approved hours cost the budgets
            String person = Stack.unique("p.").toLowerCase(java.util.Locale.ROOT);
            browser.click(By.id("ratesLink"));
            browser.waitForText(By.tagName("h1"), "Hourly rates");
            browser.type("rates:person", person);
            browser.type("rates:hourlyRate_input", "92.5");
            browser.click(By.id("rates:set"));
            browser.waitForText(By.id("rates:table"), person);
            browser.waitForText(By.id("rates:table"), "92.50");
            browser.waitForText(By.id("growl_container"), "€92.50");
            browser.screenshot("44-hourly-rates");
        }

        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pm", "Projecten");
            browser.open("/t/acme/approvals.xhtml");
            browser.waitForText(By.id("approvals:table"), code);
            browser.screenshot("41-hours-to-approve");
            browser.click(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, ':approve')]"));
            browser.waitForText(By.id("growl_container"), "goedgekeurd");
            browser.waitUntil(d -> !d.findElement(By.id("approvals:table")).getText().contains(code));

            browser.open("/t/acme/project.xhtml?id=" + project);
            browser.waitForText(By.id("hours:approvedHours"), "33");
            browser.screenshot("42-project-hours");
            // a demo project with a year of hours: the weekly chart
            String demo = Http.get(Projects.url("acme") + "?q=ACM-101", pm).json().getJsonArray("items").getJsonObject(0).getString("id");
            browser.open("/t/acme/project.xhtml?id=" + demo + "#hoursSection");
            browser.waitFor(By.id("hours:hoursChart"));
            browser.screenshot("43-project-hours-chart");
        }
        assertThat(Http.get(Stack.API + "/t/acme/timesheets/mine?week=" + monday, Http.token("acme", "pmo")).json()
                .getJsonArray("sheets").getJsonObject(0).getString("status")).isEqualTo("APPROVED");
    }
}
