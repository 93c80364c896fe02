package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register in English: the dashboard's portfolio heat map and top risks; on a demo project's page a click on
 * a heat-map cell narrows the register to that cell's risks (and "show all" widens it again); a risk's history lists
 * who changed what.
 */
class RisksBrowserIT extends EndToEnd {

    private static final Pattern CELL = Pattern.compile("Probability (\\d), Impact (\\d): (\\d+)");

    @Test
    void aHeatMapCellFiltersTheRegister() throws Exception {
        String pm = Http.token("acme", "pm");
        String project = Http.get(Projects.url("acme") + "?q=ACM-101", pm).json().getJsonArray("items").getJsonObject(0).getString("id");
        try (Browser browser = new Browser("en")) {
            browser.signInToDashboard("acme", "pm", "Projects");
            WebElement card = browser.waitFor(By.id("riskCard"));
            assertThat(card.getText()).contains("Top risks across the portfolio", "Reviews overdue");
            assertThat(card.findElements(By.cssSelector(".top-risks li"))).hasSize(5);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", card);
            browser.screenshot("92-portfolio-risks");
            browser.open("/t/acme/project.xhtml?id=" + project + "#risksSection");
            browser.waitFor(By.id("heatMap"));
            int all = rows(browser).size();
            WebElement cell = browser.driver().findElements(By.cssSelector("#heatMap a.heat-cell")).stream()
                    .filter(a -> !a.getText().isBlank()).findFirst().orElseThrow();
            Matcher m = CELL.matcher(cell.getAttribute("title"));
            assertThat(m.matches()).as(cell.getAttribute("title")).isTrue();
            int probability = Integer.parseInt(m.group(1));
            int impact = Integer.parseInt(m.group(2));
            int count = Integer.parseInt(m.group(3));
            cell.click();
            browser.waitForText(By.id("risks"), "Probability " + probability + " × Impact " + impact);
            browser.waitUntil(d -> rows(browser).size() == count);
            for (WebElement row : rows(browser)) {
                assertThat(row.getText()).contains(probability + "×" + impact);
            }
            assertThat(count).isLessThan(all + 1);
            browser.screenshot("90-risk-heat-map");

            browser.click(By.cssSelector("#risks\\:register_data tr:first-child button[id$=':history']"));
            browser.waitForText(By.id("riskHistoryForm:changes"), "raised");
            browser.screenshot("91-risk-history");
            browser.driver().findElement(By.cssSelector("#riskHistory .ui-dialog-titlebar-close")).click();

            browser.click(By.id("risks:showAll"));
            browser.waitUntil(d -> rows(browser).size() == all);

            // a CSV with one good row and one refused: the good one is raised, the refusal named with its line
            Path csv = Files.createTempFile("risks", ".csv");
            Files.writeString(csv, "title,category,probability,impactCost,impactTime,impactQuality,impactReputation,owner,response,proximity,nextReview\n"
                    + "Geïmporteerd risico,TECHNICAL,2,3,1,1,1,Sophie de Wit,MITIGATE,LATER," + LocalDate.now().plusWeeks(2) + "\n"
                    + "Zonder eigenaar,TECHNICAL,2,3,1,1,1,,MITIGATE,LATER," + LocalDate.now().plusWeeks(2) + "\n");
            browser.driver().findElement(By.id("risks:import_input")).sendKeys(csv.toAbsolutePath().toString());
            browser.waitForText(By.id("growl_container"), "1 of 2 rows raised");
            browser.waitForText(By.id("risks:refusals"), "owner");
            assertThat(browser.driver().findElement(By.id("risks:register")).getText()).contains("Geïmporteerd risico");
            assertThat(browser.driver().findElement(By.id("issues:log")).getText()).as("the demo's occurred risk is in the issue log")
                    .contains("from a risk");
            browser.screenshot("93-risk-import");
            browser.click(By.id("risks:xlsx"));
            assertThat(Workbooks.text(browser.downloaded("risks-ACM-101.xlsx"))).contains("nextReview", "Geïmporteerd risico");
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#risks\\:register_data tr[data-ri]"));
    }
}
