package nl.pmohub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDCA board of a demo project in English: a card in Do without a measured result, dragged onto Check, is refused
 * with a readable message and stays in Do; once the result is entered in its dialog, the same drag lands it in Check,
 * where the organisation's board (linked from the dashboard) shows it too, beside the organisation's own cycles.
 */
class ImprovementsBrowserIT extends EndToEnd {

    @Test
    void aCardNeedsItsResultBeforeItLandsInCheck() {
        String pm = Http.token("acme", "pm");
        String project = Http.get(Projects.url("acme") + "?q=ACM-101", pm).json().getJsonArray("items").getJsonObject(0).getString("id");
        String title = Stack.unique("Minder wachten op akkoord ");
        Http.Reply started = Http.post(Projects.url("acme") + "/" + project + "/improvements", pm,
                ImprovementsApiIT.cycle(title).build().toString());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        Http.Reply inDo = Http.post(started.header("Location") + "/move", pm, started.header("ETag"), "{\"phase\":\"DO\"}");
        assertThat(inDo.status()).as(inDo.toString()).isEqualTo(200);

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            browser.open("/t/acme/project.xhtml?id=" + project + "#improvementsSection");
            browser.waitFor(card(title, "DO"));

            drag(browser, title, "CHECK");
            browser.waitForText(By.id("improvements"), "Enter the measured result first");
            assertThat(browser.driver().findElements(card(title, "DO"))).as("the card stays in Do").hasSize(1);
            assertThat(browser.driver().findElements(card(title, "CHECK"))).isEmpty();
            browser.screenshot("94-improvement-refused");

            browser.driver().findElement(card(title, "DO")).findElement(By.cssSelector("button[id$=':open']")).click();
            browser.waitFor(By.id("improvementDialogForm:result_input"));
            browser.type("improvementDialogForm:result_input", "9");
            browser.type("improvementDialogForm:resultNote", "Drie weken gemeten");
            browser.screenshot("97-improvement-dialog");
            browser.click(By.id("improvementDialogForm:save"));
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("improvementDialog"))::apply);
            browser.waitForText(By.id("growl_container"), "Saved: " + title);

            drag(browser, title, "CHECK");
            browser.waitFor(card(title, "CHECK"));
            browser.waitForText(By.id("growl_container"), title + " is now in Check.");
            assertThat(browser.driver().findElement(card(title, "CHECK")).getText()).contains("Result: 9", "(75%)");
            browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("improvements")));
            browser.screenshot("95-improvement-board");

            // the organisation's board, from the dashboard: its own cycles and the projects', this one in Check
            browser.open("/t/acme/");
            browser.click(By.id("improvementsLink"));
            browser.waitForText(By.tagName("h1"), "PDCA board");
            browser.waitFor(card(title, "CHECK"));
            assertThat(browser.driver().findElement(card(title, "CHECK")).getText()).contains("ACM-101");
            assertThat(browser.driver().findElement(By.id("improvements")).getText()).contains("Organisation");
            browser.screenshot("96-organisation-pdca-board");

            // a demo improvement in its second cycle: the KPI per cycle as a chart in the card's dialog
            JsonObject second = Http.get(Stack.API + "/t/acme/improvements", pm).array().getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getInt("number") == 2 && c.getString("phase").equals("DO")).findFirst().orElseThrow();
            browser.driver().findElement(card(second.getString("title"), "DO")).findElement(By.cssSelector("button[id$=':open']")).click();
            browser.waitFor(By.cssSelector("[id='improvementDialogForm:kpiChart'] canvas"));
            assertThat(browser.driver().findElement(By.cssSelector("[id='improvementDialogForm:kpiChart'][aria-label], [id='improvementDialogForm:kpiChart'] [aria-label]"))
                    .getAttribute("aria-label"))
                    .as("the chart in words").contains("1: ").contains("2: ");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.driver().findElement(By.id("improvementDialogForm:kpiChart")));
            browser.screenshot("103-improvement-kpi-chart");
        }
    }

    /** The card with this title in the column of this phase. */
    private static By card(String title, String phase) {
        return By.xpath("//section[@data-drop='" + phase + "']//div[@data-drag][.//h4[normalize-space()='" + title + "']]");
    }

    /** Drags the card with the mouse (pointer events, as drag.js listens to) onto the column of {@code phase}. */
    private static void drag(Browser browser, String title, String phase) {
        WebElement card = browser.driver().findElement(By.xpath("//div[@data-drag][.//h4[normalize-space()='" + title + "']]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
        WebElement column = browser.driver().findElement(By.cssSelector("#improvements section[data-drop='" + phase + "']"));
        new Actions(browser.driver()).clickAndHold(card).moveByOffset(12, 8).moveToElement(column).moveByOffset(0, 4).release().perform();
    }
}
