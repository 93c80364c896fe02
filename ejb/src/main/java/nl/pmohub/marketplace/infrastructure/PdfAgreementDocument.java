package nl.pmohub.marketplace.infrastructure;

import com.lowagie.text.Chunk;
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
import nl.pmohub.marketplace.application.AgreementDocument;
import nl.pmohub.marketplace.application.AgreementSheet;
import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.AgreementVersion.Acceptance;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.marketplace.domain.PmoLevel;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The assignment agreement (overeenkomst van opdracht) as an A4 document (OpenPDF) in the house style of the
 * reports: the parties with their KvK numbers, eight articles, and who accepted this version when. The texts are
 * Dutch constants, not a resource bundle: the contract is made in Dutch under Dutch law, whatever language a reader
 * uses the platform in, so there is no other language to look up. Money, dates and times are written the Dutch way
 * ("€ 1.234,56", "3 december 2026 om 14:00", Europe/Amsterdam). A version that binds nobody (still offered,
 * withdrawn, lapsed, or replaced by a later version) says "CONCEPT" under its header and across every page.
 */
@ApplicationScoped
public class PdfAgreementDocument implements AgreementDocument {

    private static final String TITLE = "Overeenkomst van opdracht";
    private static final String PLATFORM = "PMO Hub";
    private static final String DRAFT = "CONCEPT";
    /** Keeps "€" with its amount and a number with "%" on one line. */
    private static final char NO_BREAK = '\u00a0';
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu 'om' HH:mm", DUTCH).withZone(AMSTERDAM);

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x75);
    private static final Color BAND = new Color(0x0b, 0x4f, 0x6c);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color SHADE = new Color(0xf3, 0xf5, 0xf7);
    private static final Color ALERT = new Color(0xb7, 0x1c, 0x1c);
    private static final Color ALERT_SHADE = new Color(0xfd, 0xed, 0xed);

    private static final Font TITLE_FONT = font(20, Font.BOLD, Color.WHITE);
    private static final Font SUBTITLE = font(11, Font.NORMAL, Color.WHITE);
    private static final Font HEADING = font(11, Font.BOLD, BAND);
    private static final Font BODY = font(10, Font.NORMAL, INK);
    private static final Font STRONG = font(10, Font.BOLD, INK);
    private static final Font LABEL = font(9, Font.NORMAL, MUTED);
    private static final Font SMALL = font(8, Font.NORMAL, MUTED);
    private static final Font WARNING = font(10, Font.BOLD, ALERT);
    private static final Font WATERMARK = font(110, Font.BOLD, new Color(0xf6, 0xdc, 0xdc));

    @Override
    public byte[] render(AgreementSheet sheet) {
        Optional<String> draft = draftReason(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 40, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageMarks("Versie " + sheet.version() + " — " + sheet.agreementId(), draft.isPresent()));
            document.addTitle(TITLE + " " + shortId(sheet) + ", versie " + sheet.version());
            document.addAuthor(sheet.drawnUpBy());
            document.addCreator(PLATFORM);
            document.open();
            document.add(header(sheet));
            if (draft.isPresent()) {
                document.add(draftNote(draft.get()));
            }
            document.add(parties(sheet));
            List<Article> articles = articles(sheet);
            for (int i = 0; i < articles.size(); i++) {
                document.add(article(i + 1, articles.get(i)));
            }
            document.add(acceptance(sheet));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The agreement's PDF could not be made", e);
        }
        return out.toByteArray();
    }

    /** An article: a title and its numbered clauses. */
    private record Article(String title, List<String> clauses) {
        Article(String title, String... clauses) {
            this(title, List.of(clauses));
        }
    }

    private static List<Article> articles(AgreementSheet sheet) {
        AgreementTerms terms = sheet.terms();
        Fee fee = sheet.estimatedFee();
        return List.of(
                new Article("De opdracht",
                        "Opdrachtgever verleent opdrachtnemer de opdracht „" + sheet.assignment() + "” in het project „" + sheet.projectName()
                                + "”. Opdrachtnemer verricht de werkzaamheden op " + level(sheet.level()) + " PMO-niveau.",
                        "Voor de uitvoering krijgt opdrachtnemer in de omgeving van opdrachtgever op " + PLATFORM + " de rol „"
                                + role(terms.role()) + "”."),
                new Article("Duur",
                        "De opdracht loopt van " + date(terms.startDate()) + " tot en met " + date(terms.endDate()) + " ("
                                + count(terms.weeks(), "week", "weken") + ").",
                        "De overeenkomst eindigt van rechtswege op de einddatum, of eerder door opzegging volgens artikel 4. Verlenging of "
                                + "wijziging vereist een nieuwe versie van deze overeenkomst die beide partijen aanvaarden."),
                new Article("Omvang en tarief",
                        "De omvang van de opdracht is " + terms.hoursPerWeek() + " uur per week.",
                        "Het tarief bedraagt " + money(terms.hourlyRate()) + " per uur, exclusief btw.",
                        "Opdrachtnemer factureert per maand aan opdrachtgever op basis van de door opdrachtgever goedgekeurde uren."),
                new Article("Opzegging",
                        "Elk van beide partijen kan de overeenkomst tussentijds schriftelijk opzeggen met inachtneming van een opzegtermijn van "
                                + count(terms.noticeDays(), "dag", "dagen") + ".",
                        "Over de uren die tot het einde van de opzegtermijn zijn gewerkt en goedgekeurd, blijft het tarief verschuldigd."),
                new Article("Bemiddelingsvergoeding",
                        "Opdrachtgever is het platform een bemiddelingsvergoeding verschuldigd van " + percent(terms.feePercent())
                                + " van het tarief maal het aantal goedgekeurde uren.",
                        "Het platform brengt de vergoeding per maand in rekening met een vergoedingsnota, vermeerderd met "
                                + percent(Fee.VAT_PERCENT) + " btw.",
                        "Geen match, geen kosten: de vergoeding is uitsluitend verschuldigd op grond van deze overeenkomst, nadat zij is gesloten. "
                                + "Opdrachtnemer is geen vergoeding verschuldigd; het tarief wordt er niet door verminderd.",
                        "Ter indicatie: over " + decimal(fee.hours()) + " uur (" + terms.hoursPerWeek() + " uur per week gedurende de gehele looptijd) "
                                + "bedraagt de vergoeding " + money(fee.fee()) + " exclusief btw, " + money(fee.vat()) + " btw, samen "
                                + money(fee.total()) + ". In rekening gebracht worden alleen de werkelijk goedgekeurde uren."),
                new Article("Zelfstandigheid",
                        "Deze overeenkomst is een overeenkomst van opdracht als bedoeld in artikel 7:400 e.v. van het Burgerlijk Wetboek. "
                                + "Partijen beogen uitdrukkelijk geen arbeidsovereenkomst te sluiten.",
                        "Opdrachtnemer voert de opdracht zelfstandig en naar eigen inzicht uit, zonder gezagsverhouding, met eigen middelen "
                                + "en voor eigen rekening en risico.",
                        "Opdrachtnemer draagt zelf zorg voor de afdracht van belastingen en premies over de inkomsten uit de opdracht."),
                new Article("Geheimhouding en gegevens",
                        "Opdrachtnemer houdt vertrouwelijke informatie van opdrachtgever die bij de uitvoering bekend wordt geheim, ook na "
                                + "het einde van de opdracht.",
                        "Persoonsgegevens van opdrachtgever verwerkt opdrachtnemer uitsluitend voor de uitvoering van de opdracht en "
                                + "overeenkomstig de Algemene verordening gegevensbescherming (AVG)."),
                new Article("Toegang",
                        "Opdrachtnemer heeft uitsluitend tijdens de looptijd van de opdracht toegang tot de omgeving van opdrachtgever op "
                                + PLATFORM + ", met de rol uit artikel 1.2.",
                        "De toegang eindigt automatisch bij het einde van de opdracht, ook wanneer die door opzegging eindigt."));
    }

    private static PdfPTable header(AgreementSheet sheet) {
        PdfPCell band = cell(BAND, 14);
        band.addElement(paragraph(TITLE, TITLE_FONT));
        band.addElement(paragraph("Overeenkomst " + shortId(sheet) + " · Versie " + sheet.version() + " van " + sheet.versions(), SUBTITLE));
        band.addElement(paragraph("Status: " + status(sheet.status()), SUBTITLE));
        return block(band, 8);
    }

    private static PdfPTable draftNote(String reason) {
        PdfPCell note = cell(ALERT_SHADE, 8);
        note.setBorder(Rectangle.LEFT);
        note.setBorderColor(ALERT);
        note.setBorderWidthLeft(3);
        Paragraph text = paragraph(DRAFT, WARNING);
        text.add(new Chunk(" — " + reason, BODY));
        note.addElement(text);
        return block(note, 4);
    }

    private static PdfPTable parties(AgreementSheet sheet) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 4f});
        table.setWidthPercentage(100);
        PdfPCell heading = heading("Partijen");
        heading.setColspan(2);
        table.addCell(heading);
        party(table, "Opdrachtgever", sheet.clientName(),
                sheet.clientKvk().map(kvk -> paragraph("KvK-nummer " + kvk, BODY)).orElse(paragraph("KvK-nummer nog niet vastgelegd", WARNING)),
                paragraph("hierna: opdrachtgever", LABEL));
        party(table, "Opdrachtnemer", sheet.professionalName(),
                paragraph("handelend onder de naam " + sheet.professionalTradeName(), BODY),
                paragraph("KvK-nummer " + sheet.professionalKvk() + ", vestigingsplaats " + sheet.professionalPlace(), BODY),
                paragraph("hierna: opdrachtnemer", LABEL));
        party(table, "Bemiddelaar", PLATFORM + " (platform)", paragraph("hierna: het platform", LABEL));
        PdfPCell agree = plain(new PdfPCell(new Phrase("Opdrachtgever en opdrachtnemer, hierna samen: partijen, komen het volgende overeen.", BODY)));
        agree.setColspan(2);
        agree.setPaddingTop(10);
        table.addCell(agree);
        return table;
    }

    private static void party(PdfPTable table, String role, String name, Paragraph... lines) {
        PdfPCell side = ruled(new PdfPCell());
        side.addElement(paragraph(role, LABEL));
        table.addCell(side);
        PdfPCell who = ruled(new PdfPCell());
        who.addElement(paragraph(name, STRONG));
        for (Paragraph line : lines) {
            who.addElement(line);
        }
        table.addCell(who);
    }

    /** An article as one table, so that its heading never stays behind at the foot of a page. */
    private static PdfPTable article(int number, Article article) {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 9.5f});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell heading = heading("Artikel " + number + " – " + article.title());
        heading.setColspan(2);
        table.addCell(heading);
        for (int i = 0; i < article.clauses().size(); i++) {
            table.addCell(plain(new PdfPCell(new Phrase(number + "." + (i + 1), LABEL))));
            table.addCell(plain(new PdfPCell(new Phrase(article.clauses().get(i), BODY))));
        }
        return table;
    }

    private static PdfPTable acceptance(AgreementSheet sheet) {
        PdfPTable table = new PdfPTable(new float[] {1f, 0.08f, 1f});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell heading = heading("Aanvaarding");
        heading.setColspan(3);
        table.addCell(heading);
        PdfPCell how = plain(new PdfPCell(new Phrase("De overeenkomst komt tot stand doordat eerst opdrachtnemer en daarna opdrachtgever deze versie "
                + "elektronisch op " + PLATFORM + " aanvaardt. Op deze overeenkomst is Nederlands recht van toepassing.", BODY)));
        how.setColspan(3);
        how.setPaddingBottom(10);
        table.addCell(how);
        table.addCell(signature("Opdrachtgever", sheet.clientName(), sheet.clientAcceptance()));
        table.addCell(plain(new PdfPCell()));
        table.addCell(signature("Opdrachtnemer", sheet.professionalName(), sheet.professionalAcceptance()));
        PdfPCell drawnUp = plain(new PdfPCell(new Phrase("Opgesteld door " + sheet.drawnUpBy() + " op " + MOMENT.format(sheet.drawnUpAt()), LABEL)));
        drawnUp.setColspan(3);
        drawnUp.setPaddingTop(10);
        table.addCell(drawnUp);
        return table;
    }

    private static PdfPCell signature(String side, String name, Optional<Acceptance> acceptance) {
        PdfPCell cell = cell(SHADE, 10);
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColor(BAND);
        cell.setBorderWidthTop(2);
        cell.addElement(paragraph(side, LABEL));
        cell.addElement(paragraph(name, STRONG));
        if (acceptance.isPresent()) {
            cell.addElement(paragraph("Aanvaard door " + acceptance.get().by(), BODY));
            cell.addElement(paragraph("op " + MOMENT.format(acceptance.get().at()), BODY));
        } else {
            cell.addElement(paragraph("Nog niet aanvaard", WARNING));
        }
        return cell;
    }

    /** Why this version binds nobody; empty for the latest version of a concluded agreement, the only one that binds. */
    private static Optional<String> draftReason(AgreementSheet sheet) {
        if (sheet.version() < sheet.versions()) {
            return Optional.of("deze versie is vervangen door versie " + sheet.versions() + " en geldt niet.");
        }
        return Optional.ofNullable(switch (sheet.status()) {
            case OFFERED -> "deze versie is aangeboden maar nog niet door beide partijen aanvaard; de overeenkomst is nog niet gesloten.";
            case WITHDRAWN -> "opdrachtgever heeft het aanbod ingetrokken; de overeenkomst is niet tot stand gekomen.";
            case LAPSED -> "het aanbod is vervallen; de overeenkomst is niet tot stand gekomen.";
            case CONCLUDED -> null;
        });
    }

    private static String status(AgreementStatus status) {
        return switch (status) {
            case OFFERED -> "Aangeboden — nog niet gesloten";
            case CONCLUDED -> "Gesloten";
            case WITHDRAWN -> "Ingetrokken";
            case LAPSED -> "Vervallen";
        };
    }

    private static String level(PmoLevel level) {
        return switch (level) {
            case OPERATIONAL -> "operationeel";
            case TACTICAL -> "tactisch";
            case STRATEGIC -> "strategisch";
        };
    }

    private static String role(GuestRole role) {
        return switch (role) {
            case PMO -> "PMO-medewerker";
            case PM -> "projectmanager";
            case VIEWER -> "alleen-lezen";
        };
    }

    private static String shortId(AgreementSheet sheet) {
        return sheet.agreementId().toString().substring(0, 8);
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private static String count(long n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    /** "€ 1.234,56". */
    private static String money(BigDecimal amount) {
        return "€" + NO_BREAK + dutch("#,##0.00").format(amount);
    }

    /** "10 %", "12,5 %". */
    private static String percent(BigDecimal value) {
        return decimal(value) + NO_BREAK + "%";
    }

    private static String decimal(BigDecimal value) {
        return dutch("#,##0.##").format(value);
    }

    private static DecimalFormat dutch(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DUTCH));
    }

    private static PdfPTable block(PdfPCell cell, float spacingAfter) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell);
        table.setSpacingAfter(spacingAfter);
        return table;
    }

    private static PdfPCell heading(String text) {
        PdfPCell cell = plain(new PdfPCell(new Phrase(text, HEADING)));
        cell.setPaddingTop(16);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPCell cell(Color background, float padding) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(background);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(padding);
        return cell;
    }

    /** A cell without borders, its text spaced for reading. */
    private static PdfPCell plain(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setPaddingLeft(0);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    /** A table row with a rule beneath it. */
    private static PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setPaddingLeft(0);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(font.getSize() * 1.4f, text, font);
    }

    /**
     * Helvetica with its face fixed up front: given only a family, OpenPDF sets text with a character beyond Latin-1
     * (€, „ ”, – —) in its regular fallback face, and bold is lost.
     */
    private static Font font(float size, int style, Color color) {
        return new Font(new Font(Font.HELVETICA, size, style).getCalculatedBaseFont(false), size, Font.NORMAL, color);
    }

    /** At the foot of every page the version and the agreement, and the page number; across a draft's pages "CONCEPT". */
    private static final class PageMarks extends PdfPageEventHelper {

        private final String reference;
        private final boolean draft;

        PageMarks(String reference, boolean draft) {
            this.reference = reference;
            this.draft = draft;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float foot = document.bottom() - 24;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(reference, SMALL), document.left(), foot, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase("Pagina " + writer.getPageNumber(), SMALL),
                    document.right(), foot, 0);
            if (draft) {
                Rectangle page = document.getPageSize();
                ColumnText.showTextAligned(writer.getDirectContentUnder(), Element.ALIGN_CENTER, new Phrase(DRAFT, WATERMARK),
                        page.getWidth() / 2, page.getHeight() / 2, 45);
            }
        }
    }
}
