package nl.pmohub.reporting.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.application.ReportDocument;
import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.application.ReportSummary;
import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.reporting.domain.ReportFigures;
import nl.pmohub.reporting.domain.ReportStatus;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The progress report as an A4 steering-group document (OpenPDF): header with project and period, the RAG
 * per dimension, the figures, the four texts, the milestones and stages it names, and the RAG trend of the
 * last reports. Texts, dates and money follow the language asked for ({@code nl.pmohub.reporting.document}).
 */
@ApplicationScoped
public class PdfReportDocument implements ReportDocument {

    private static final String BUNDLE = "nl.pmohub.reporting.document";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int TREND_PERIODS = 8;
    /** Points the trend heading and grid need on a page. */
    private static final float TREND_HEIGHT = 170;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x75);
    private static final Color BAND = new Color(0x0b, 0x4f, 0x6c);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color SHADE = new Color(0xf3, 0xf5, 0xf7);

    private static final Font TITLE = font(20, Font.BOLD, Color.WHITE);
    private static final Font SUBTITLE = font(11, Font.NORMAL, Color.WHITE);
    private static final Font HEADING = font(12, Font.BOLD, BAND);
    private static final Font BODY = font(10, Font.NORMAL, INK);
    private static final Font LABEL = font(9, Font.NORMAL, MUTED);
    private static final Font STRONG = font(10, Font.BOLD, INK);
    private static final Font SMALL = font(8, Font.NORMAL, MUTED);
    private static final Font WARNING = font(10, Font.BOLD, new Color(0xb7, 0x1c, 0x1c));

    @Override
    public byte[] render(ReportDocumentView report, List<ReportSummary> history, Locale locale) {
        Texts texts = new Texts(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(texts, report.projectCode() + " " + report.projectName()));
            document.addTitle(texts.text("title") + " " + report.projectCode() + " " + texts.period(report.period().startDate(), report.period().endDate()));
            document.addAuthor(report.author());
            document.addCreator("PMO Hub");
            document.open();
            document.add(header(report, texts));
            document.add(facts(report, texts));
            document.add(heading(texts.text("rag.title")));
            document.add(ragTable(report.content(), texts));
            document.add(heading(texts.text("figures.title", texts.date(report.figures().asOf()))));
            document.add(figures(report.figures(), texts));
            section(document, texts.text("achieved"), report.content().achieved(), texts);
            section(document, texts.text("plannedNext"), report.content().plannedNext(), texts);
            section(document, texts.text("issues"), report.content().issues(), texts);
            section(document, texts.text("decisionsNeeded"), report.content().decisionsNeeded(), texts);
            document.add(heading(texts.text("plan.title")));
            document.add(plan(report.mentions(), texts));
            List<ReportSummary> trend = trend(history);
            if (!trend.isEmpty()) {
                if (writer.getVerticalPosition(false) - document.bottom() < TREND_HEIGHT) {
                    document.newPage(); // keep the trend's heading with its grid
                }
                document.add(heading(texts.text("trend.title")));
                document.add(trendTable(trend, texts));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report's PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable header(ReportDocumentView report, Texts texts) {
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(BAND);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(14);
        Paragraph title = new Paragraph(texts.text("title"), TITLE);
        cell.addElement(title);
        cell.addElement(new Paragraph(report.projectCode() + " · " + report.projectName(), font(13, Font.BOLD, Color.WHITE)));
        String period = texts.period(report.period().startDate(), report.period().endDate());
        cell.addElement(new Paragraph(period + (report.revision() > 1 ? " · " + texts.text("revision", report.revision()) : ""), SUBTITLE));
        band.addCell(cell);
        band.setSpacingAfter(8);
        return band;
    }

    private static PdfPTable facts(ReportDocumentView report, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
        table.setWidthPercentage(100);
        fact(table, texts.text("manager"), report.projectManager());
        fact(table, texts.text("period"), texts.period(report.period().startDate(), report.period().endDate()));
        String status = texts.text("status." + report.status()) + (report.superseded() ? " · " + texts.text("superseded") : "");
        PdfPCell statusCell = valueCell(new Phrase(status, report.status() == ReportStatus.APPROVED ? STRONG : WARNING));
        table.addCell(labelCell(texts.text("status")));
        table.addCell(statusCell);
        fact(table, texts.text("author"), report.author());
        if (report.submittedAt() != null) {
            fact(table, texts.text("submitted"), texts.text("by", report.submittedBy(), texts.instant(report.submittedAt())));
        }
        if (report.decidedAt() != null) {
            String decided = report.status() == ReportStatus.RETURNED ? "returned" : "approved";
            fact(table, texts.text(decided), texts.text("by", report.decidedBy(), texts.instant(report.decidedAt())));
        }
        if (report.status() == ReportStatus.RETURNED && report.decisionComment() != null) {
            fact(table, texts.text("comment"), report.decisionComment());
        }
        table.setSpacingAfter(6);
        return table;
    }

    private static PdfPTable ragTable(ReportContent content, Texts texts) {
        String[] names = {"overall", "scope", "time", "cost", "quality", "risk"};
        RagStatus[] values = {content.overall(), content.scope(), content.time(), content.cost(), content.quality(), content.risk()};
        PdfPTable table = new PdfPTable(names.length);
        table.setWidthPercentage(100);
        for (String name : names) {
            PdfPCell cell = new PdfPCell(new Phrase(texts.text("rag." + name), name.equals("overall") ? STRONG : LABEL));
            cell.setBorderColor(RULE);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (RagStatus rag : values) {
            table.addCell(ragCell(rag, texts.text("rag." + rag), 8));
        }
        return table;
    }

    private static PdfPTable figures(ReportFigures f, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {2.2f, 1.5f, 2.2f, 1.5f});
        table.setWidthPercentage(100);
        List<String[]> rows = new ArrayList<>();
        rows.add(pair(texts.text("figures.bac"), texts.money(f.budgetAtCompletion())));
        rows.add(pair(texts.text("figures.ac"), texts.money(f.actualCost())));
        rows.add(pair(texts.text("figures.burn"), f.burnPercent() == null ? texts.text("figures.none") : texts.decimal(f.burnPercent(), 1) + " %"));
        rows.add(pair(texts.text("figures.eac"), f.estimateAtCompletion() == null ? texts.text("figures.none") : texts.money(f.estimateAtCompletion())));
        rows.add(pair(texts.text("figures.ev"), texts.money(f.earnedValue())));
        rows.add(pair(texts.text("figures.pv"), texts.money(f.plannedValue())));
        rows.add(pair(texts.text("figures.cpi"), f.cpi() == null ? texts.text("figures.none") : texts.decimal(f.cpi(), 2)));
        rows.add(pair(texts.text("figures.spi"), f.spi() == null ? texts.text("figures.none") : texts.decimal(f.spi(), 2)));
        rows.add(pair(texts.text("figures.hoursPeriod"), texts.decimal(f.hoursInPeriod(), 1)));
        rows.add(pair(texts.text("figures.hoursToDate"), texts.decimal(f.hoursToDate(), 1)));
        rows.add(pair(texts.text("figures.milestones"), f.milestonesAchieved() + " / " + f.milestonesDue() + " / " + f.milestonesMissed()));
        rows.add(pair(texts.text("figures.stages"), Integer.toString(f.stagesInException())));
        rows.add(pair(texts.text("figures.risks"), f.hasRisks() ? f.risksHigh() + " / " + f.risksMedium() + " / " + f.risksLow() : texts.text("figures.noRisks")));
        if (rows.size() % 2 == 1) {
            rows.add(pair("", ""));
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            PdfPCell label = labelCell(row[0]);
            PdfPCell value = valueCell(new Phrase(row[1], STRONG));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            if ((i / 2) % 2 == 0) {
                label.setBackgroundColor(SHADE);
                value.setBackgroundColor(SHADE);
            }
            table.addCell(label);
            table.addCell(value);
        }
        return table;
    }

    private static void section(Document document, String title, String text, Texts texts) throws DocumentException {
        document.add(heading(title));
        if (text.isBlank()) {
            document.add(new Paragraph(texts.text("empty"), LABEL));
            return;
        }
        for (String paragraph : text.split("\\R")) {
            Paragraph p = new Paragraph(paragraph.isBlank() ? " " : paragraph, BODY);
            p.setLeading(14);
            document.add(p);
        }
    }

    private static PdfPTable plan(List<PlanMention> mentions, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 4f, 1.4f});
        table.setWidthPercentage(100);
        if (mentions.isEmpty()) {
            PdfPCell none = valueCell(new Phrase(texts.text("plan.none"), LABEL));
            none.setColspan(3);
            table.addCell(none);
            return table;
        }
        for (PlanMention mention : mentions) {
            Font kindFont = switch (mention.kind()) {
                case MILESTONE_MISSED, STAGE_EXCEPTION -> WARNING;
                default -> STRONG;
            };
            table.addCell(valueCell(new Phrase(texts.text("plan." + mention.kind()), kindFont)));
            table.addCell(valueCell(new Phrase(mention.label(), BODY)));
            PdfPCell day = valueCell(new Phrase(texts.date(mention.day()), BODY));
            day.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(day);
        }
        return table;
    }

    /** The latest revision of each of the last periods, oldest first. */
    private static List<ReportSummary> trend(List<ReportSummary> history) {
        List<ReportSummary> latest = history.stream().filter(r -> !r.superseded()).limit(TREND_PERIODS).toList();
        List<ReportSummary> oldestFirst = new ArrayList<>(latest);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static PdfPTable trendTable(List<ReportSummary> reports, Texts texts) {
        PdfPTable table = new PdfPTable(reports.size() + 1);
        table.setWidthPercentage(100);
        table.addCell(labelCell(texts.text("trend.period")));
        for (ReportSummary r : reports) {
            PdfPCell cell = labelCell(texts.shortDate(r.periodEnd()));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        List<Function<ReportSummary, RagStatus>> dimensions = List.of(ReportSummary::overall, ReportSummary::scope, ReportSummary::time,
                ReportSummary::cost, ReportSummary::quality, ReportSummary::risk);
        String[] names = {"overall", "scope", "time", "cost", "quality", "risk"};
        for (int d = 0; d < names.length; d++) {
            table.addCell(labelCell(texts.text("rag." + names[d])));
            for (ReportSummary r : reports) {
                RagStatus rag = dimensions.get(d).apply(r);
                table.addCell(ragCell(rag, texts.text("rag." + rag).substring(0, 1), 3));
            }
        }
        return table;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(labelCell(label));
        table.addCell(valueCell(new Phrase(value == null ? "" : value, BODY)));
    }

    private static PdfPCell labelCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, LABEL));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell valueCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell ragCell(RagStatus rag, String text, float padding) {
        Color background = switch (rag) {
            case GREEN -> new Color(0x2e, 0x7d, 0x32);
            case AMBER -> new Color(0xf5, 0xa6, 0x23);
            case RED -> new Color(0xc6, 0x28, 0x28);
        };
        PdfPCell cell = new PdfPCell(new Phrase(text, font(10, Font.BOLD, rag == RagStatus.AMBER ? INK : Color.WHITE)));
        cell.setBackgroundColor(background);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(1.5f);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(padding);
        return cell;
    }

    private static String[] pair(String label, String value) {
        return new String[] {label, value};
    }

    private static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    /** The document's texts, dates and numbers in one language. */
    private static final class Texts {

        private final Locale locale;
        private final ResourceBundle bundle;
        private final DateTimeFormatter date;
        private final DateTimeFormatter shortDate;
        private final DateTimeFormatter instant;

        Texts(Locale locale) {
            this.locale = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-GB");
            bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
            shortDate = DateTimeFormatter.ofPattern("d MMM yy", this.locale);
            instant = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(this.locale).withZone(AMSTERDAM);
        }

        String text(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }

        String date(LocalDate day) {
            return date.format(day);
        }

        String shortDate(LocalDate day) {
            return shortDate.format(day);
        }

        String instant(Instant at) {
            return instant.format(at);
        }

        String period(LocalDate start, LocalDate end) {
            return date(start) + " – " + date(end);
        }

        String money(BigDecimal amount) {
            // Dutch writes "€ 1.250.000", English "€1,250,000"
            DecimalFormat format = new DecimalFormat("nl".equals(locale.getLanguage()) ? "€ #,##0" : "€#,##0", DecimalFormatSymbols.getInstance(locale));
            return format.format(amount);
        }

        String decimal(BigDecimal value, int decimals) {
            DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(locale));
            return format.format(value);
        }
    }

    /** "PMO Hub · project · page n" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final Texts texts;
        private final String project;

        Footer(Texts texts, String project) {
            this.texts = texts;
            this.project = project;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase footer = new Phrase(texts.text("footer", project, writer.getPageNumber()), SMALL);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer, (document.left() + document.right()) / 2,
                    document.bottom() - 24, 0);
        }
    }
}
