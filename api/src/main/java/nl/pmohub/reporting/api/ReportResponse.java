package nl.pmohub.reporting.api;

import nl.pmohub.reporting.application.ReportDocumentView;
import nl.pmohub.reporting.domain.PlanMention;
import nl.pmohub.reporting.domain.ReportContent;
import nl.pmohub.reporting.domain.ReportFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One whole progress report. */
@Schema(name = "ProgressReport")
public record ReportResponse(UUID id, UUID projectId, String projectCode, String projectName, LocalDate periodStart, LocalDate periodEnd,
                             int revision, @Schema(enumeration = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"}) String status,
                             Rag rag, String achieved, String plannedNext, String issues, String decisionsNeeded, Figures figures,
                             @Schema(description = "Milestones achieved in the period, due in the next, missed; stages in exception") List<Mention> plan,
                             String author, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                             @Schema(description = "Why it was returned (kept after it is handed in again)") String decisionComment,
                             @Schema(description = "A later revision of the same period exists") boolean superseded, long version) {

    @Schema(name = "ReportRag", description = "GREEN, AMBER or RED per dimension and overall")
    public record Rag(String overall, String scope, String time, String cost, String quality, String risk) {
    }

    @Schema(name = "ReportFigures", description = "The registers' figures as they stood on asOf; indexes absent where their divisor is zero")
    public record Figures(LocalDate asOf, BigDecimal budgetAtCompletion, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost,
                          BigDecimal estimateAtCompletion, BigDecimal cpi, BigDecimal spi,
                          @Schema(description = "Actual cost as a percentage of the budget") BigDecimal burnPercent,
                          BigDecimal hoursInPeriod, BigDecimal hoursToDate, int milestonesAchieved, int milestonesDue, int milestonesMissed,
                          int stagesInException,
                          @Schema(description = "Open risks of the register by score band (high 15+, medium 8+, low) when the figures were taken") Integer risksHigh,
                          Integer risksMedium, Integer risksLow) {

        static Figures of(ReportFigures f) {
            return new Figures(f.asOf(), f.budgetAtCompletion(), f.plannedValue(), f.earnedValue(), f.actualCost(), f.estimateAtCompletion(),
                    f.cpi(), f.spi(), f.burnPercent(), f.hoursInPeriod(), f.hoursToDate(), f.milestonesAchieved(), f.milestonesDue(),
                    f.milestonesMissed(), f.stagesInException(), f.risksHigh(), f.risksMedium(), f.risksLow());
        }
    }

    @Schema(name = "ReportPlanItem")
    public record Mention(@Schema(enumeration = {"MILESTONE_ACHIEVED", "MILESTONE_DUE", "MILESTONE_MISSED", "STAGE_EXCEPTION"}) String kind,
                          String label, @Schema(description = "Achieved, planned or stage end date") LocalDate day) {
    }

    static ReportResponse of(ReportDocumentView r) {
        ReportContent c = r.content();
        List<Mention> plan = r.mentions().stream().map((PlanMention m) -> new Mention(m.kind().name(), m.label(), m.day())).toList();
        return new ReportResponse(r.id(), r.projectId(), r.projectCode(), r.projectName(), r.period().startDate(), r.period().endDate(), r.revision(),
                r.status().name(), new Rag(c.overall().name(), c.scope().name(), c.time().name(), c.cost().name(), c.quality().name(), c.risk().name()),
                c.achieved(), c.plannedNext(), c.issues(), c.decisionsNeeded(), Figures.of(r.figures()), plan, r.author(), r.submittedBy(),
                r.submittedAt(), r.decidedBy(), r.decidedAt(), r.decisionComment(), r.superseded(), r.version());
    }
}
