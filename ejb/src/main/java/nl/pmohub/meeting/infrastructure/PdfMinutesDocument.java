package nl.pmohub.meeting.infrastructure;

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
import nl.pmohub.meeting.application.ActionSummary;
import nl.pmohub.meeting.application.AgendaItemView;
import nl.pmohub.meeting.application.AttendeeView;
import nl.pmohub.meeting.application.DecisionSummary;
import nl.pmohub.meeting.application.MeetingMinutes;
import nl.pmohub.meeting.application.MinutesDocument;
import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.meeting.domain.MeetingDetails;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The minutes of a meeting as an A4 document (OpenPDF) to send round: the meeting's facts, who attended (present and
 * absent), each agenda item with its minutes, then the decisions and the action items. Texts and dates follow the
 * language asked for ({@code nl.pmohub.meeting.minutes}); the look is the progress report's.
 */
@ApplicationScoped
public class PdfMinutesDocument implements MinutesDocument {

    private static final String BUNDLE = "nl.pmohub.meeting.minutes";
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x75);
    private static final Color BAND = new Color(0x0b, 0x4f, 0x6c);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Font TITLE = font(20, Font.BOLD, Color.WHITE);
    private static final Font SUBTITLE = font(12, Font.BOLD, Color.WHITE);
    private static final Font HEADING = font(12, Font.BOLD, BAND);
    private static final Font BODY = font(10, Font.NORMAL, INK);
    private static final Font STRONG = font(10, Font.BOLD, INK);
    private static final Font LABEL = font(9, Font.NORMAL, MUTED);
    private static final Font SMALL = font(8, Font.NORMAL, MUTED);
    private static final Font WARNING = font(10, Font.BOLD, new Color(0xb7, 0x1c, 0x1c));

    @Override
    public byte[] render(MeetingMinutes minutes, Locale locale) {
        Texts texts = new Texts(locale);
        MeetingDetails meeting = minutes.meeting().details();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(texts, minutes.projectTitle()));
            document.addTitle(texts.text("title") + " " + meeting.title());
            document.addCreator("PMO Hub");
            document.open();
            document.add(header(minutes, texts));
            PdfPTable facts = table(new float[] {1.2f, 3f});
            fact(facts, texts.text("when"), texts.dateTime(meeting.startsAt()));
            fact(facts, texts.text("location"), meeting.location());
            fact(facts, texts.text("chair"), meeting.chair());
            document.add(facts);
            attendees(document, minutes.attendees(), texts);
            agenda(document, minutes.agenda(), texts);
            decisions(document, minutes.decisions(), texts);
            actions(document, minutes.actions(), texts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The minutes' PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable header(MeetingMinutes minutes, Texts texts) {
        PdfPTable band = table(new float[] {1});
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(BAND);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(14);
        cell.addElement(new Paragraph(texts.text("title") + ": " + minutes.meeting().details().title(), TITLE));
        cell.addElement(new Paragraph(minutes.projectTitle(), SUBTITLE));
        band.addCell(cell);
        band.setSpacingAfter(8);
        return band;
    }

    private static void attendees(Document document, List<AttendeeView> attendees, Texts texts) throws DocumentException {
        document.add(heading(texts.text("attendees")));
        if (attendees.isEmpty()) {
            document.add(new Paragraph(texts.text("noAttendees"), LABEL));
            return;
        }
        PdfPTable table = table(new float[] {3f, 1f});
        for (AttendeeView a : attendees) {
            table.addCell(cell(new Phrase(a.name(), BODY)));
            table.addCell(cell(new Phrase(texts.text(a.present() ? "present" : "absent"), a.present() ? STRONG : LABEL)));
        }
        document.add(table);
    }

    private static void agenda(Document document, List<AgendaItemView> agenda, Texts texts) throws DocumentException {
        document.add(heading(texts.text("agenda")));
        if (agenda.isEmpty()) {
            document.add(new Paragraph(texts.text("noAgenda"), LABEL));
        }
        for (AgendaItemView item : agenda) {
            Paragraph topic = new Paragraph(item.position() + ". " + item.details().topic(), STRONG);
            topic.setSpacingBefore(6);
            document.add(topic);
            if (!item.details().presenter().isBlank()) {
                document.add(new Paragraph(texts.text("presenter", item.details().presenter()), LABEL));
            }
            text(document, item.details().minutes(), texts.text("noMinutes"));
        }
    }

    private static void decisions(Document document, List<DecisionSummary> decisions, Texts texts) throws DocumentException {
        document.add(heading(texts.text("decisions")));
        if (decisions.isEmpty()) {
            document.add(new Paragraph(texts.text("noDecisions"), LABEL));
        }
        int n = 1;
        for (DecisionSummary decision : decisions) {
            DecisionDetails d = decision.details();
            Paragraph what = new Paragraph("B" + n++ + ". " + d.decision(), STRONG);
            what.setSpacingBefore(4);
            document.add(what);
            document.add(new Paragraph(texts.text("decidedBy", d.decidedBy(), texts.date(d.decidedOn())), LABEL));
            if (!d.rationale().isBlank()) {
                document.add(new Paragraph(texts.text("rationale", d.rationale()), BODY));
            }
            if (!d.alternatives().isBlank()) {
                document.add(new Paragraph(texts.text("alternatives", d.alternatives()), BODY));
            }
        }
    }

    private static void actions(Document document, List<ActionSummary> actions, Texts texts) throws DocumentException {
        document.add(heading(texts.text("actions")));
        if (actions.isEmpty()) {
            document.add(new Paragraph(texts.text("noActions"), LABEL));
            return;
        }
        PdfPTable table = table(new float[] {3.4f, 1.8f, 1.6f, 1.6f});
        for (String label : List.of("action", "owner", "due", "status")) {
            table.addCell(cell(new Phrase(texts.text(label), LABEL)));
        }
        for (ActionSummary a : actions) {
            table.addCell(cell(new Phrase(a.details().description(), BODY)));
            table.addCell(cell(new Phrase(a.details().owner(), BODY)));
            PdfPCell due = cell(new Phrase(texts.date(a.details().dueDate()), a.overdue() ? WARNING : BODY));
            due.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(due);
            table.addCell(cell(new Phrase(texts.text("status." + a.status()) + (a.overdue() ? " · " + texts.text("overdue") : ""),
                    a.overdue() ? WARNING : BODY)));
        }
        document.add(table);
    }

    private static void text(Document document, String text, String empty) throws DocumentException {
        if (text.isBlank()) {
            document.add(new Paragraph(empty, LABEL));
            return;
        }
        for (String line : text.split("\\R")) {
            Paragraph p = new Paragraph(line.isBlank() ? " " : line, BODY);
            p.setLeading(14);
            document.add(p);
        }
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(cell(new Phrase(label, LABEL)));
        table.addCell(cell(new Phrase(value, BODY)));
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    private static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    /** The document's texts and dates in one language. */
    private static final class Texts {

        private final Locale locale;
        private final ResourceBundle bundle;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;

        Texts(Locale locale) {
            this.locale = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-GB");
            bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
            dateTime = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", this.locale);
        }

        String text(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }

        String date(LocalDate day) {
            return date.format(day);
        }

        String dateTime(LocalDateTime at) {
            return dateTime.format(at);
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
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(texts.text("footer", project, writer.getPageNumber()), SMALL),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
