package nl.pmohub.marketplace.api;

import jakarta.ws.rs.core.Response;
import nl.pmohub.marketplace.application.AgreementDocument;
import nl.pmohub.marketplace.application.AgreementSummary;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.AgreementVersion;
import nl.pmohub.marketplace.domain.AgreementVersion.Acceptance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** An assignment agreement with every version of its terms and who accepted which, when. */
@Schema(name = "Agreement")
public record AgreementResponse(UUID id, UUID requestId, String requestTitle, UUID projectId, UUID professionalId, String professionalName,
                                @Schema(enumeration = {"OFFERED", "CONCLUDED", "WITHDRAWN", "LAPSED"}) String status, String offeredBy,
                                Instant concludedAt, @Schema(description = "The latest version's number: the one to accept") int latestVersion,
                                List<Version> versions, long version) {

    @Schema(name = "AgreementVersion")
    public record Version(int number, BigDecimal hourlyRate, int hoursPerWeek, LocalDate startDate, LocalDate endDate, int noticeDays,
                          @Schema(enumeration = {"PMO", "PM", "VIEWER"}) String role,
                          @Schema(description = "The platform's fee, in percent of rate × approved hours") BigDecimal feePercent,
                          String drawnUpBy, Instant drawnUpAt, String professionalAcceptedBy, Instant professionalAcceptedAt,
                          String clientAcceptedBy, Instant clientAcceptedAt) {

        static Version of(int number, AgreementVersion v) {
            AgreementTerms t = v.terms();
            Acceptance professional = v.professionalAcceptance().orElse(null);
            Acceptance client = v.clientAcceptance().orElse(null);
            return new Version(number, t.hourlyRate(), t.hoursPerWeek(), t.startDate(), t.endDate(), t.noticeDays(), t.role().name(), t.feePercent(),
                    v.drawnUpBy(), v.drawnUpAt(), professional == null ? null : professional.by(), professional == null ? null : professional.at(),
                    client == null ? null : client.by(), client == null ? null : client.at());
        }
    }

    /** The agreement's PDF as both sides download it. */
    static Response document(UUID id, byte[] pdf) {
        return Response.ok(pdf, AgreementDocument.MEDIA_TYPE).header("Content-Disposition", "inline; filename=\"overeenkomst-" + id + ".pdf\"").build();
    }

    static AgreementResponse of(AgreementSummary a) {
        return new AgreementResponse(a.id(), a.requestId(), a.requestTitle(), a.projectId(), a.professionalId(), a.professionalName(), a.status().name(),
                a.offeredBy(), a.concludedAt(), a.latestNumber(),
                IntStream.range(0, a.versions().size()).mapToObj(i -> Version.of(i + 1, a.versions().get(i))).toList(), a.version());
    }
}
