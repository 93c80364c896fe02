package nl.pmohub.improvement.api;

import nl.pmohub.improvement.application.CycleSummary;
import nl.pmohub.improvement.domain.CycleDetails;
import nl.pmohub.improvement.domain.CycleOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** An improvement cycle on a board, with how far its result got towards the target. */
@Schema(name = "ImprovementCycle")
public record CycleResponse(UUID id,
                            @Schema(description = "Absent for a cycle of the whole organisation") UUID projectId,
                            String projectCode,
                            @Schema(description = "1 for a first cycle, one more for each next cycle") int number,
                            UUID previousCycleId,
                            @Schema(enumeration = {"PLAN", "DO", "CHECK", "ACT", "DONE"}) String phase,
                            String title, String problem, String kpi, BigDecimal baseline, BigDecimal target, String unit, String owner,
                            String waste, BigDecimal result, String resultNote, String decision, String rationale,
                            @Schema(description = "How far the result got from the baseline towards the target, 0–100") int progress,
                            @Schema(description = "Whether the result reached the target") boolean achieved,
                            long version) {

    static CycleResponse of(CycleSummary c) {
        CycleDetails d = c.details();
        CycleOutcome o = c.outcome();
        return new CycleResponse(c.id(), c.projectId(), c.projectCode(), c.number(), c.previousCycleId(), c.phase().name(), d.title(), d.problem(),
                d.kpi(), d.baseline(), d.target(), d.unit(), d.owner(), d.waste() == null ? null : d.waste().name(), o.result(), o.resultNote(),
                o.decision() == null ? null : o.decision().name(), o.rationale(), c.progress(), c.achieved(), c.version());
    }
}
