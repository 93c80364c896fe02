package nl.pmohub.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stakeholder map in English, on a project made for the test: a stakeholder dragged from the "monitor" corner of the
 * grid to the top right lands in "manage closely" with power 5 and interest 5, another moves a cell down by keyboard; in the RACI matrix a second Accountable in
 * a row is refused with a message that names the deliverable, and one Accountable is saved. The dashboard lists late
 * communications.
 */
class StakeholdersBrowserIT extends EndToEnd {

    @Test
    void aStakeholderDraggedToAnotherQuadrantGetsItsScores() throws Exception {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("SB-");
        String project = Projects.create("acme", pm, code).getString("id");
        String base = Projects.url("acme") + "/" + project;
        Http.post(base + "/stakeholders", pm, StakeholdersApiIT.stakeholder("Wethouder Jansen", 1, 2).build().toString());
        Http.post(base + "/stakeholders", pm, StakeholdersApiIT.stakeholder("Teamleider Bakker", 4, 4).add("group", "EXPERT").build().toString());
        Http.post(base + "/deliverables", pm, Json.createObjectBuilder().add("name", "Ontwerp").add("startDate", "2027-02-01")
                .add("endDate", "2027-03-01").build().toString());

        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            WebElement card = browser.waitFor(By.id("communicationCard"));
            assertThat(card.getText()).as("the demo plans' monthly reports are late").containsPattern("\\d+ lines? of the plans (is|are) late");
            assertThat(card.findElements(By.cssSelector(".late-communications li"))).isNotEmpty();
            browser.open("/t/acme/project.xhtml?id=" + project + "#stakeholdersSection");
            WebElement chip = browser.waitFor(By.xpath("//a[contains(@class,'stakeholder-chip') and text()='Wethouder Jansen']"));
            assertThat(chip.findElement(By.xpath("./ancestor::div[@data-drop]")).getAttribute("data-drop")).isEqualTo("1-2");
            WebElement target = browser.driver().findElement(By.cssSelector("[data-drop='5-5']"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
            new Actions(browser.driver()).clickAndHold(chip).moveByOffset(12, -12).moveToElement(target).moveByOffset(2, 2).release().perform();

            browser.waitForText(By.id("growl_container"), "Wethouder Jansen moved to power 5, interest 5: Manage closely");
            browser.waitUntil(d -> d.findElement(By.xpath("//a[contains(@class,'stakeholder-chip') and text()='Wethouder Jansen']"
                    + "/ancestor::div[@data-drop]")).getAttribute("data-drop").equals("5-5"));
            String row = browser.driver().findElement(By.xpath("//tbody[@id='stakeholders:register_data']/tr[contains(., 'Wethouder Jansen')]")).getText();
            assertThat(row).contains("5 / 5", "Manage closely");
            assertThat(Http.get(base + "/stakeholders", pm).array().getJsonObject(0).getString("quadrant")).isEqualTo("MANAGE_CLOSELY");

            // the keyboard's way: Ctrl + arrow moves the focused stakeholder one cell, and it keeps the focus
            WebElement bakker = browser.driver().findElement(By.xpath("//a[contains(@class,'stakeholder-chip') and text()='Teamleider Bakker']"));
            bakker.sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_DOWN));
            browser.waitForText(By.id("growl_container"), "Teamleider Bakker moved to power 3, interest 4: Manage closely");
            browser.waitUntil(d -> "Teamleider Bakker".equals(d.switchTo().activeElement().getText()));
            browser.screenshot("98-stakeholder-grid");

            // two Accountables in a row are refused, naming the deliverable; one is saved
            new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Ontwerp – Wethouder Jansen']"))).selectByValue("A");
            new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Ontwerp – Teamleider Bakker']"))).selectByValue("A");
            browser.click(By.id("raci:saveRaci"));
            browser.waitForText(By.id("raci:raciMessages"), "exactly one Accountable: \"Ontwerp\" has 2");
            assertThat(new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Ontwerp – Teamleider Bakker']")))
                    .getFirstSelectedOption().getText()).as("the edits are kept").isEqualTo("A");
            browser.screenshot("99-raci-refusal");
            new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Ontwerp – Teamleider Bakker']"))).selectByValue("R");
            browser.click(By.id("raci:saveRaci"));
            browser.waitForText(By.id("growl_container"), "1 row(s) saved");
            browser.waitUntil(d -> !d.findElement(By.id("raci:matrix")).getText().contains("no Accountable"));
            assertThat(Http.get(base + "/raci", pm).json().getJsonArray("rows").getJsonObject(0).getBoolean("withoutAccountable")).isFalse();
            browser.click(By.id("raci:raciXlsx"));
            assertThat(Workbooks.text(browser.downloaded("raci-" + code + ".xlsx"))).contains("Ontwerp", "Wethouder Jansen", "Teamleider Bakker");
        }
    }
}
