package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's marketplace as a project manager uses it, in Dutch: the demo request's shortlist with every
 * candidate's score drawn as a bar of its parts (and read out in words), then a new request submitted through
 * the dialog — refused without a place, then ranked at once.
 */
class MarketplaceBrowserIT extends EndToEnd {

    @Test
    void aRequestIsSubmittedAndItsShortlistExplainsEveryScore() {
        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pm", "Projecten");
            browser.click(By.id("marketLink"));
            browser.waitForText(By.tagName("h1"), "Marktplaats");
            browser.click(By.linkText("Projectcontroller voor de uitvoeringsfase"));
            browser.waitForText(By.id("market:shortlistPanel"), "Projectcontroller voor de uitvoeringsfase");
            List<WebElement> bars = browser.driver().findElements(By.cssSelector("#market\\:candidates .score-bar"));
            assertThat(bars).as("the demo request has candidates").isNotEmpty();
            assertThat(bars.get(0).getAttribute("aria-label")).contains("Vaardigheden", "Afstand", "Tarief", "van 100");
            assertThat(browser.driver().findElement(By.id("market:candidates")).getText()).doesNotContain("@example.nl");
            browser.screenshot("70-marketplace-shortlist");

            browser.click(By.id("market:requests:newRequest"));
            browser.waitFor(By.id("requestForm:title"));
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("requestForm:project_input"))).selectByIndex(1);
            browser.type("requestForm:title", "Planner voor de ruwbouw");
            browser.click(By.id("requestForm:requiredSkills"));
            browser.click(By.cssSelector("#requestForm\\:requiredSkills_panel li[data-item-value='FINANCE'] .ui-chkbox-box"));
            browser.click(By.id("requestForm:title"));   // closes the skills panel (Escape would close the dialog)
            browser.type("requestForm:maxRate_input", "120");
            browser.click(By.id("requestForm:submit"));
            browser.waitUntil(d -> !d.findElement(By.id("requestForm:requestMessages")).getText().isBlank());
            assertThat(browser.driver().findElement(By.id("requestForm:requestMessages")).getText()).as("on site without a place").contains("plaats");

            browser.type("requestForm:place_input", "Amersfoort");
            browser.waitFor(By.id("requestForm:place_panel"));     // the places come up as one types
            browser.click(By.id("requestForm:title"));
            browser.click(By.id("requestForm:submit"));
            browser.waitForText(By.id("market:shortlistPanel"), "Planner voor de ruwbouw");
            assertThat(browser.driver().findElement(By.id("market:requests")).getText()).contains("Planner voor de ruwbouw", "Amersfoort");
            browser.screenshot("71-marketplace-new-request");
        }
    }
}
