package nl.pmohub.reporting.api;

import nl.pmohub.reporting.application.ReportSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A report in a project's history or the list awaiting a decision. */
@Schema(name = "ReportSummary")
public record ReportSummaryResponse(UUID id, UUID projectId, String projectCode, LocalDate periodStart, LocalDate periodEnd, int revision,
                                    @Schema(enumeration = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"}) String status,
                                    @Schema(enumeration = {"GREEN", "AMBER", "RED"}) String overall, String scope, String time, String cost,
                                    String quality, String risk, BigDecimal cpi, BigDecimal spi, String author, Instant submittedAt,
                                    String decidedBy, Instant decidedAt,
                                    @Schema(description = "A later revision of the same period exists") boolean superseded, long version) {

    static ReportSummaryResponse of(ReportSummary r) {
        return new ReportSummaryResponse(r.id(), r.projectId(), r.projectCode(), r.periodStart(), r.periodEnd(), r.revision(), r.status().name(), r.overall().name(),
                r.scope().name(), r.time().name(), r.cost().name(), r.quality().name(), r.risk().name(), r.cpi(), r.spi(), r.author(),
                r.submittedAt(), r.decidedBy(), r.decidedAt(), r.superseded(), r.version());
    }
}
