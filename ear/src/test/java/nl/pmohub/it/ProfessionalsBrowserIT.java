package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace from the platform's side, in Dutch: a professional signs in to the platform realm and keeps
 * their profile, T-shape and planned absences; an operator vets a profile that waits.
 */
class ProfessionalsBrowserIT extends EndToEnd {

    private static final LocalDate AWAY = LocalDate.now().plusDays(400);

    @Test
    void aProfessionalKeepsTheirProfileAndAnOperatorVetsANewOne() {
        try (Browser browser = new Browser("nl")) {
            browser.open("/marketplace/");
            browser.signIn("pro3", "demo");
            browser.waitForText(By.tagName("h1"), "Mijn profiel");
            assertThat(browser.driver().findElement(By.id("vetting")).getText()).isEqualTo("Gescreend: aangeboden aan opdrachtgevers");
            browser.type("profile:hours_input", "24");
            new Select(browser.driver().findElement(By.id("profile:skills:3:depth_input"))).selectByVisibleText("Expert");
            // a planned absence far ahead (beyond the other tests' requests); a second row added and removed again
            browser.click(By.id("profile:addAbsence"));
            browser.type("profile:absence:0:absenceFrom_input", AWAY.toString());
            browser.type("profile:absence:0:absenceUntil_input", AWAY.plusDays(2).toString());
            browser.click(By.id("profile:addAbsence"));
            browser.waitFor(By.id("profile:absence:1:absenceFrom_input"));
            browser.click(By.id("profile:absence:1:removeAbsence"));
            browser.waitUntil(d -> d.findElements(By.id("profile:absence:1:absenceFrom_input")).isEmpty());
            browser.click(By.id("profile:save"));
            browser.waitForText(By.id("growl_container"), "Profiel opgeslagen");
            browser.screenshot("72-marketplace-profile");
        }
        String pro = Http.token("pmohub", "pro3");
        var profile = Http.get(Stack.API + "/marketplace/profile", pro).json();
        assertThat(profile.getInt("hoursPerWeek")).isEqualTo(24);
        assertThat(profile.getJsonArray("absences").getValuesAs(jakarta.json.JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getString("startDate") + " " + a.getString("endDate")).isEqualTo(AWAY + " " + AWAY.plusDays(2)));
        assertThat(profile.getJsonArray("skills").getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(s -> s.getString("skill").equals("LEAN") && s.getString("depth").equals("EXPERT"));

        try (Browser browser = new Browser("nl")) {
            browser.open("/platform/professionals.xhtml");
            browser.signIn("operator", "demo");
            browser.waitForText(By.tagName("h1"), "Professionals screenen");
            browser.screenshot("73-platform-vetting");
            String first = browser.driver().findElement(By.cssSelector("#vetting\\:pending_data tr:first-child td")).getText().split("\n")[0];
            browser.click(By.id("vetting:pending:0:approve"));
            browser.waitForText(By.id("growl_container"), first + " is gescreend");
        }
    }
}
