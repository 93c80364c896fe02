package nl.pmohub.reporting.application;

import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.reporting.domain.ReportStatus;
import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of a project's report history, projected from the database: period, revision, status, the RAGs and
 * the performance indexes (what the trend pictures draw). {@code superseded}: a later revision of the period exists.
 */
public record ReportSummary(UUID id, UUID projectId, String projectCode, LocalDate periodStart, LocalDate periodEnd, int revision, ReportStatus status,
                            RagStatus overall, RagStatus scope, RagStatus time, RagStatus cost, RagStatus quality, RagStatus risk,
                            BigDecimal cpi, BigDecimal spi, String author, Instant submittedAt, String decidedBy, Instant decidedAt,
                            boolean superseded, long version) implements Versioned {
}
