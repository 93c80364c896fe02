package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
    void aHeatMapCellFiltersTheRegister() {
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
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#risks\\:register_data tr[data-ri]"));
    }
}
