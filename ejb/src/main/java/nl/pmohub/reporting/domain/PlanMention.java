package nl.pmohub.reporting.domain;

import java.time.LocalDate;

/** A milestone or stage as the report names it: achieved in the period, due next period, missed, or in exception (with its end). */
public record PlanMention(ReportItemKind kind, String label, LocalDate day) {
}
