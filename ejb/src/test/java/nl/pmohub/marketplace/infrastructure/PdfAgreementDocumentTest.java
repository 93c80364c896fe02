package nl.pmohub.marketplace.infrastructure;

import nl.pmohub.marketplace.application.AgreementSheet;
import nl.pmohub.marketplace.domain.AgreementStatus;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.AgreementVersion.Acceptance;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.shared.infrastructure.PdfPictures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement's PDF read back as text and rendered to PNG under target/pictures. Lines wrap anywhere, after a
 * hyphen too, so the text is read with its whitespace folded (the no-break spaces after "€" and before "%" as well) and
 * a hyphen at a line's end joined to the next word.
 */
class PdfAgreementDocumentTest {

    private static final UUID AGREEMENT = UUID.fromString("5f2c9a1e-7b3d-4e8a-9c61-0d4f8b2a7e10");

    /** 32 hours a week for 22 weeks (1 February to 30 June 2027) at € 95,00: 704 hours, a fee of € 6.688,00 at 10 %. */
    private static AgreementSheet concluded(int version, int versions) {
        AgreementTerms terms = AgreementTerms.of(new BigDecimal("95"), 32, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 30,
                GuestRole.PMO, new BigDecimal("10"));
        return sheet(version, versions, AgreementStatus.CONCLUDED, Optional.of("12345678"), terms,
                Optional.of(new Acceptance("sanne.devries", Instant.parse("2027-01-10T09:15:00Z"))),
                Optional.of(new Acceptance("j.bakker", Instant.parse("2027-01-11T13:00:00Z"))));
    }

    private static AgreementSheet offered() {
        AgreementTerms terms = AgreementTerms.of(new BigDecimal("1250"), 8, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 7), 1,
                GuestRole.VIEWER, new BigDecimal("12.5"));
        return sheet(1, 1, AgreementStatus.OFFERED, Optional.empty(), terms, Optional.empty(), Optional.empty());
    }

    private static AgreementSheet sheet(int version, int versions, AgreementStatus status, Optional<String> clientKvk, AgreementTerms terms,
                                        Optional<Acceptance> professional, Optional<Acceptance> client) {
        Fee fee = Fee.on(BigDecimal.valueOf(terms.hoursPerWeek() * terms.weeks()), terms.hourlyRate(), terms.feePercent());
        return new AgreementSheet(AGREEMENT, version, versions, status, "Bouwbedrijf Van Dam B.V.", clientKvk,
                "Sanne de Vries", "De Vries PMO Advies", "87654321", "Utrecht", "Nieuwbouw hoofdkantoor", "PMO-ondersteuning nieuwbouw",
                PmoLevel.TACTICAL, terms, fee, "j.bakker", Instant.parse("2027-01-09T16:45:00Z"), professional, client);
    }

    @Test
    void theConcludedAgreementStatesTheTermsAndWhoAcceptedWhen() throws IOException {
        String text = textOf(render(concluded(2, 2), "agreement"));

        assertThat(text).contains("Overeenkomst van opdracht", "Overeenkomst 5f2c9a1e · Versie 2 van 2", "Status: Gesloten",
                "Opdrachtgever Bouwbedrijf Van Dam B.V. KvK-nummer 12345678",
                "Sanne de Vries handelend onder de naam De Vries PMO Advies KvK-nummer 87654321, vestigingsplaats Utrecht",
                "Bemiddelaar PMO Hub (platform)",
                "Artikel 1 – De opdracht", "„PMO-ondersteuning nieuwbouw” in het project „Nieuwbouw hoofdkantoor”", "op tactisch PMO-niveau",
                "de rol „PMO-medewerker”",
                "van 1 februari 2027 tot en met 30 juni 2027 (22 weken)",
                "32 uur per week", "€ 95,00 per uur, exclusief btw",
                "opzegtermijn van 30 dagen",
                "van 10 % van het tarief", "vermeerderd met 21 % btw", "Geen match, geen kosten",
                "over 704 uur", "€ 6.688,00 exclusief btw, € 1.404,48 btw, samen € 8.092,48",
                "artikel 7:400 e.v. van het Burgerlijk Wetboek", "(AVG)", "Artikel 8 – Toegang",
                "Aanvaard door j.bakker op 11 januari 2027 om 14:00", "Aanvaard door sanne.devries op 10 januari 2027 om 10:15",
                "Opgesteld door j.bakker op 9 januari 2027 om 17:45",
                "Versie 2 — 5f2c9a1e-7b3d-4e8a-9c61-0d4f8b2a7e10", "Pagina 1");
        assertThat(text).doesNotContain("CONCEPT", "Nog niet aanvaard", "nog niet vastgelegd", "Artikel 9");
    }

    @Test
    void anOfferIsADraftWithoutTheClientsKvkNumberYet() throws IOException {
        String text = textOf(render(offered(), "agreement-offered"));

        assertThat(text).contains("Versie 1 van 1", "Status: Aangeboden — nog niet gesloten", "CONCEPT — deze versie is aangeboden",
                "Bouwbedrijf Van Dam B.V. KvK-nummer nog niet vastgelegd", "de rol „alleen-lezen”", "(1 week)", "€ 1.250,00 per uur",
                "opzegtermijn van 1 dag", "van 12,5 % van het tarief", "over 8 uur", "€ 1.250,00 exclusief btw, € 262,50 btw, samen € 1.512,50");
        assertThat(text.split("Nog niet aanvaard", -1)).hasSize(3);
        assertThat(text).doesNotContain("Aanvaard door");
    }

    @Test
    void anOlderVersionOfAConcludedAgreementIsNoLongerValid() throws IOException {
        String text = textOf(render(concluded(1, 2), "agreement-superseded"));

        assertThat(text).contains("Versie 1 van 2", "Status: Gesloten", "CONCEPT — deze versie is vervangen door versie 2 en geldt niet.");
    }

    private static byte[] render(AgreementSheet sheet, String picture) throws IOException {
        return PdfPictures.drawn(new PdfAgreementDocument().render(sheet), picture);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("(\\S-)\\s+", "$1").replaceAll("(?U)\\s+", " ");
        }
    }
}
