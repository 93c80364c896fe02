package nl.pmohub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget part of the project page as a project manager uses it: earned value and the S-curve of a demo
 * project with a year of history, then a line planned (and the lines downloaded as Excel and CSV), a cost
 * booked and a supplier contract registered through the dialogs, in Dutch.
 */
class BudgetBrowserIT extends EndToEnd {

    /** The text of an xlsx workbook: its shared strings and inline strings, read from the zip without a spreadsheet library. */
    @Test
    void theBudgetShowsEarnedValueAndTakesALineAndACost() throws IOException {
        String pm = Http.token("acme", "pm");
        String demo = Http.get(Projects.url("acme") + "?q=ACM-101", pm).json().getJsonArray("items").getJsonObject(0).getString("id");
        YearMonth now = YearMonth.now();
        String code = Stack.unique("BB-");
        String project = Http.post(Projects.url("acme"), pm, Projects.valid(code).add("startDate", now.minusMonths(2).atDay(1).toString())
                .add("endDate", now.plusMonths(9).atEndOfMonth().toString()).build().toString()).json().getString("id");

        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pm", "Projecten");
            browser.open("/t/acme/project.xhtml?id=" + demo + "#budgetSection");
            browser.waitFor(By.id("budget:curveChart"));
            assertThat(browser.driver().findElement(By.id("budget:bac")).getText()).as("Dutch money").startsWith("€").contains(".");
            browser.screenshot("50-budget-earned-value");

            browser.open("/t/acme/project.xhtml?id=" + project + "#budgetSection");
            browser.click(By.id("budget:newLine"));
            browser.waitFor(By.id("lineDialogForm:description"));
            browser.type("lineDialogForm:description", "Adviseur duurzaamheid");
            browser.type("lineDialogForm:amount_input", "36000");
            browser.click(By.id("lineDialogForm:saveLine"));
            browser.waitForText(By.id("budget:lines"), "Adviseur duurzaamheid");
            browser.waitForText(By.id("budget:bac"), "36.000");

            // the plan so far becomes the baseline earned value is measured against
            browser.click(By.id("budget:rebaseline"));
            browser.waitFor(By.id("rebaselineForm:reason"));
            browser.type("rebaselineForm:reason", "Projectplan vastgesteld door de stuurgroep");
            browser.click(By.id("rebaselineForm:saveBaseline"));
            browser.waitForText(By.id("budget:baselineNote"), "Projectplan vastgesteld door de stuurgroep");

            // the lines as an Excel workbook and as CSV
            browser.click(By.id("budget:lines:linesXlsx"));
            Path workbook = browser.downloaded("budget-lines.xlsx");
            assertThat(Workbooks.text(workbook)).contains("Adviseur duurzaamheid").contains("Materialen").doesNotContain("#{");
            browser.click(By.id("budget:lines:linesCsv"));
            assertThat(Files.readString(browser.downloaded("budget-lines.csv"))).contains("Adviseur duurzaamheid");

            browser.click(By.id("budget:bookCost"));
            browser.waitFor(By.id("costDialogForm:costDescription"));
            browser.type("costDialogForm:costAmount_input", "1250,50");
            browser.click(By.id("costDialogForm:saveCost"));
            // without a description the cost is refused in the dialog, and nothing is booked
            browser.waitUntil(d -> !d.findElement(By.id("costDialogForm:costMessages")).getText().isBlank());
            browser.type("costDialogForm:costDescription", "Factuur energielabel");
            browser.click(By.id("costDialogForm:saveCost"));
            browser.waitForText(By.id("budget:costs"), "Factuur energielabel");
            browser.click(By.id("budget:costs:costsCsv"));
            assertThat(Files.readString(browser.downloaded("budget-costs.csv"))).contains("Factuur energielabel").doesNotContain("#{");
            browser.waitForText(By.id("budget:ac"), "1.250");
            browser.screenshot("51-budget-line-and-cost");

            // a supplier contract: its value is committed budget
            browser.click(By.id("contracts:table:newContract"));
            browser.waitFor(By.id("contractDialogForm:supplier"));
            browser.type("contractDialogForm:supplier", "Installatiebedrijf Van Dam B.V.");
            browser.type("contractDialogForm:kvk", "3012345");
            browser.type("contractDialogForm:subject", "W-installaties");
            browser.type("contractDialogForm:value_input", "20000");
            browser.click(By.id("contractDialogForm:save"));
            // a KvK number of seven digits is refused in the dialog
            browser.waitUntil(d -> !d.findElement(By.id("contractDialogForm:contractDialogMessages")).getText().isBlank());
            browser.type("contractDialogForm:kvk", "30123456");
            browser.click(By.id("contractDialogForm:save"));
            browser.waitForText(By.id("contracts:table"), "Installatiebedrijf Van Dam");
            browser.waitForText(By.id("budget:committed"), "20.000");
            browser.screenshot("52-supplier-contract");
        }
        assertThat(Http.get(Projects.url("acme") + "/" + project + "/budget", pm).json().getJsonObject("earnedValue")
                .getJsonNumber("ac").bigDecimalValue()).isEqualByComparingTo("1250.50");
    }
}
