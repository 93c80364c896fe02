package nl.pmohub.reporting.infrastructure;

import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.application.ReportSummary;
import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.reporting.domain.ReportFigures;
import nl.pmohub.reporting.domain.ReportItemKind;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.reporting.domain.ReportingPeriod;
import nl.pmohub.shared.infrastructure.PdfPictures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The steering-group PDF, read back as text in both languages and rendered to PNG under target/pictures to look at. */
class PdfReportDocumentTest {

    private static final UUID PROJECT = UUID.randomUUID();

    private static ReportDocumentView report() {
        ReportFigures figures = new ReportFigures(LocalDate.of(2026, 12, 2), new BigDecimal("1250000.00"), new BigDecimal("480000.00"),
                new BigDecimal("430000.00"), new BigDecimal("512345.67"), new BigDecimal("1489350.00"), new BigDecimal("0.84"), new BigDecimal("0.90"),
                new BigDecimal("312.75"), new BigDecimal("4120.50"), 1, 2, 1, 1, null, null, null);
        ReportContent content = new ReportContent(RagStatus.RED, RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.GREEN, RagStatus.AMBER,
                "Ontwerpfase afgerond.\nAanbesteding installaties gegund aan Van Dam B.V.",
                "Start ruwbouw; definitief ontwerp installaties.", "Kosten installaties 12 % boven raming; vergunning later dan verwacht.",
                "Akkoord op inzet van de onvoorziene post (€ 60.000).");
        List<PlanMention> mentions = List.of(
                new PlanMention(ReportItemKind.MILESTONE_ACHIEVED, "Ontwerp gereed", LocalDate.of(2026, 11, 14)),
                new PlanMention(ReportItemKind.MILESTONE_DUE, "Start ruwbouw", LocalDate.of(2026, 12, 15)),
                new PlanMention(ReportItemKind.MILESTONE_MISSED, "Omgevingsvergunning", LocalDate.of(2026, 11, 1)),
                new PlanMention(ReportItemKind.STAGE_EXCEPTION, "Uitvoering", LocalDate.of(2027, 6, 30)));
        return new ReportDocumentView(UUID.randomUUID(), PROJECT, "NB-2026-01", "Nieuwbouw hoofdkantoor", "Jan Bakker",
                new ReportingPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), 1, ReportStatus.APPROVED, content, figures, mentions,
                "pm", "pm", Instant.parse("2026-12-02T09:30:00Z"), "pmo", Instant.parse("2026-12-03T13:00:00Z"), null, false, 3);
    }

    private static List<ReportSummary> history() {
        List<ReportSummary> history = new ArrayList<>();
        RagStatus[] overall = {RagStatus.RED, RagStatus.AMBER, RagStatus.AMBER, RagStatus.GREEN, RagStatus.GREEN};
        for (int m = 0; m < overall.length; m++) {
            LocalDate start = LocalDate.of(2026, 11, 1).minusMonths(m);
            history.add(new ReportSummary(UUID.randomUUID(), PROJECT, "NB-2026-01", start, start.plusMonths(1).minusDays(1), 1, ReportStatus.APPROVED, overall[m],
                    RagStatus.GREEN, overall[m], overall[m], RagStatus.GREEN, RagStatus.AMBER, null, null, "pm", null, "pmo", null, false, 1));
        }
        return history;
    }

    @Test
    void theDutchDocumentSaysItAllInDutch() throws IOException {
        String text = textOf(render(Locale.forLanguageTag("nl"), "report-nl"));
        assertThat(text).contains("Voortgangsrapportage", "NB-2026-01", "Nieuwbouw hoofdkantoor", "1 november 2026 – 30 november 2026",
                "Vastgesteld", "Kostenprestatie (CPI)", "0,84", "€ 1.250.000", "312,8", "Bereikt in deze periode", "Ontwerpfase afgerond.",
                "Besluiten gevraagd van de stuurgroep", "Omgevingsvergunning", "Gemist", "Fase in afwijking", "geen risicoregister",
                "Verloop van de laatste rapportages", "Rood", "Oranje", "pagina 1");
    }

    @Test
    void theEnglishDocumentSaysItInEnglish() throws IOException {
        String text = textOf(render(Locale.ENGLISH, "report-en"));
        assertThat(text).contains("Progress report", "1 November 2026 – 30 November 2026", "Cost performance (CPI)", "0.84", "€1,250,000",
                "Decisions needed from the steering group", "Missed", "no risk register", "page 1");
    }

    private static byte[] render(Locale locale, String picture) throws IOException {
        return PdfPictures.drawn(new PdfReportDocument().render(report(), history(), locale), picture);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
