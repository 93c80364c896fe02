package nl.pmohub.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A progress report as people file it, in Dutch: the project manager starts the next report from the project
 * page, is told what is missing, writes it and hands it in; the PMO approves it and downloads the
 * steering-group PDF, whose first page is rendered to PNG to look at. The demo project's report history
 * (RAG trend grid, CPI/SPI lines) and the dashboard's overdue reports are seen too.
 */
class ReportsBrowserIT extends EndToEnd {

    @Test
    void aReportIsFiledHandedInApprovedByThePmoAndDownloadedAsPdf() throws IOException {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("RB-");
        String project = Http.post(Projects.url("acme"), pm, Projects.valid(code).add("startDate", LocalDate.now().minusMonths(3).toString())
                .add("endDate", LocalDate.now().plusYears(1).toString()).build().toString()).json().getString("id");
        String demo = Http.get(Projects.url("acme") + "?q=ACM-101", pm).json().getJsonArray("items").getJsonObject(0).getString("id");
        String reportUrl;

        try (Browser browser = new Browser("nl")) {
            browser.signInToDashboard("acme", "pm", "Projecten");
            browser.waitFor(By.id("reportCard"));
            assertThat(browser.driver().findElement(By.id("reportCard")).getText()).contains("Voortgangsrapportages");

            browser.open("/t/acme/project.xhtml?id=" + demo + "#reportsSection");
            browser.waitFor(By.id("ragTrend"));
            assertThat(browser.driver().findElements(By.cssSelector("#ragTrend td.rag-cell"))).hasSizeGreaterThanOrEqualTo(6);
            browser.waitFor(By.id("reports:indexChart"));
            browser.screenshot("60-reports-history");

            browser.open("/t/acme/project.xhtml?id=" + project + "#reportsSection");
            browser.click(By.id("reports:newReport"));
            browser.waitFor(By.id("report:achieved"));
            reportUrl = browser.driver().getCurrentUrl();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Voortgangsrapportage");
            browser.click(By.id("report:submit"));
            browser.waitForText(By.id("report:reportMessages"), "bereikt");
            browser.type("report:achieved", "Ontwerpfase afgerond; aanbesteding installaties gegund.");
            browser.type("report:plannedNext", "Start ruwbouw en definitief ontwerp installaties.");
            browser.type("report:decisionsNeeded", "Akkoord op de inzet van de onvoorziene post.");
            browser.click(By.id("report:save"));
            browser.waitForText(By.id("growl_container"), "Rapportage opgeslagen");
            browser.screenshot("61-report-draft");
            browser.click(By.id("report:submit"));
            browser.waitForText(By.id("status"), "Ingediend");
            assertThat(browser.driver().findElements(By.id("report:approve"))).as("nobody approves their own report").isEmpty();
        }

        try (Browser browser = new Browser("nl")) {
            browser.open(reportUrl.substring(reportUrl.indexOf("/t/acme/")));
            browser.signIn("pmo", "demo");
            browser.waitFor(By.id("report:approve"));
            browser.click(By.id("report:approve"));
            browser.waitForText(By.id("status"), "Vastgesteld");
            browser.screenshot("62-report-approved");
            browser.click(By.id("report:pdfNl"));
            YearMonth lastMonth = YearMonth.now().minusMonths(1);
            Path pdf = browser.downloaded(code + "-" + lastMonth.atDay(1) + "-r1-nl.pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(document)).contains("Voortgangsrapportage", code, "Vastgesteld", "pmo",
                        "Ontwerpfase afgerond; aanbesteding installaties gegund.", "Akkoord op de inzet van de onvoorziene post.");
                Path dir = Path.of(System.getProperty("pmohub.screenshots", "target/screenshots"));
                Files.createDirectories(dir);
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 90), "png", dir.resolve("63-report-pdf-page1.png").toFile());
            }
        }
    }
}
