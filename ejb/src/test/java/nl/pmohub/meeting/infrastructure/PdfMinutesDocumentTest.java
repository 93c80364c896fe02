package nl.pmohub.meeting.infrastructure;

import nl.pmohub.meeting.application.ActionSummary;
import nl.pmohub.meeting.application.AgendaItemView;
import nl.pmohub.meeting.application.AttendeeView;
import nl.pmohub.meeting.application.DecisionSummary;
import nl.pmohub.meeting.application.MeetingMinutes;
import nl.pmohub.meeting.application.MeetingSummary;
import nl.pmohub.meeting.domain.ActionDetails;
import nl.pmohub.meeting.domain.ActionStatus;
import nl.pmohub.meeting.domain.AgendaItemDetails;
import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.meeting.domain.MeetingDetails;
import nl.pmohub.meeting.domain.Origin;
import nl.pmohub.shared.infrastructure.PdfPictures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The minutes PDF, read back as text in both languages and rendered to PNG under target/pictures (minutes-1.png) to look at. */
class PdfMinutesDocumentTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);

    private static MeetingMinutes minutes() {
        UUID meeting = UUID.randomUUID();
        Origin origin = Origin.of(meeting, null);
        return new MeetingMinutes(
                new MeetingSummary(meeting, PROJECT, new MeetingDetails("Projectoverleg ACM-101", LocalDateTime.of(2026, 11, 16, 10, 0),
                        "Vergaderzaal De Dom, Utrecht", "Priya Mahabier"), 3, 3, 4, 1, 5),
                "ACM-101 Renovatie hoofdkantoor Utrecht",
                List.of(new AgendaItemView(UUID.randomUUID(), 1, new AgendaItemDetails("Opening en notulen vorig overleg", "Priya Mahabier",
                                "De notulen zijn ongewijzigd vastgesteld.")),
                        new AgendaItemView(UUID.randomUUID(), 2, new AgendaItemDetails("Vergunning en omgeving", "Gemeente Utrecht",
                                "De gemeente vraagt aanvullende gegevens.\nGesproken over twee fasen.")),
                        new AgendaItemView(UUID.randomUUID(), 3, new AgendaItemDetails("Rondvraag", "", ""))),
                List.of(new AttendeeView(Optional.of(UUID.randomUUID()), "Marieke Jansen", true),
                        new AttendeeView(Optional.of(UUID.randomUUID()), "Lotte Mulder", true),
                        new AttendeeView(Optional.empty(), "Henk de Vries", true),
                        new AttendeeView(Optional.of(UUID.randomUUID()), "Bram Visser", false)),
                List.of(new DecisionSummary(UUID.randomUUID(), PROJECT, origin, new DecisionDetails("De vergunning wordt in twee fasen aangevraagd",
                        "Zo kan de sloop eerder beginnen.", "Eén integrale aanvraag.", "Stuurgroep", DAY), 1)),
                List.of(new ActionSummary(UUID.randomUUID(), PROJECT, "ACM-101", origin, new ActionDetails("Aanvraag fase 1 indienen", "Joost van den Berg",
                                DAY.plusDays(5)), ActionStatus.OPEN, Optional.empty(), true, 1),
                        new ActionSummary(UUID.randomUUID(), PROJECT, "ACM-101", origin, new ActionDetails("Notulen rondsturen", "Priya Mahabier",
                                DAY.plusDays(1)), ActionStatus.DONE, Optional.of(DAY), false, 2)));
    }

    @Test
    void theDutchMinutesSayItAllInDutch() throws IOException {
        String text = textOf(PdfPictures.drawn(new PdfMinutesDocument().render(minutes(), Locale.forLanguageTag("nl")), "minutes"));
        assertThat(text).contains("Notulen: Projectoverleg ACM-101", "ACM-101 Renovatie hoofdkantoor Utrecht", "maandag 16 november 2026, 10:00",
                "Vergaderzaal De Dom", "Deelnemers", "Marieke Jansen", "aanwezig", "Bram Visser", "afwezig", "1. Opening en notulen vorig overleg",
                "ingeleid door Gemeente Utrecht", "Gesproken over twee fasen.", "Geen notulen vastgelegd.", "B1. De vergunning wordt in twee fasen aangevraagd",
                "Besloten door Stuurgroep op 16 november 2026", "Overwogen alternatieven: Eén integrale aanvraag.", "Actiepunten",
                "Joost van den Berg", "te laat", "Gereed", "pagina 1");
    }

    @Test
    void theEnglishMinutesSayItInEnglish() throws IOException {
        String text = textOf(PdfPictures.drawn(new PdfMinutesDocument().render(minutes(), Locale.ENGLISH), "minutes-en"));
        assertThat(text).contains("Minutes: Projectoverleg ACM-101", "Monday 16 November 2026, 10:00", "Attendees", "present", "absent",
                "presented by Gemeente Utrecht", "No minutes taken.", "Decided by Stuurgroep on 16 November 2026", "Action items", "overdue", "Done", "page 1");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
