package nl.pmohub.planning.api;

import nl.pmohub.planning.application.MilestoneSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone with its baseline and slippage (days the plan lies after the baseline). */
@Schema(name = "Milestone")
public record MilestoneResponse(UUID id, UUID projectId, UUID stageId, String name, String owner, LocalDate plannedDate, LocalDate baselineDate,
                                long slippageDays, LocalDate achievedOn, int percentComplete, long version) {

    static MilestoneResponse of(MilestoneSummary m) {
        return new MilestoneResponse(m.id(), m.projectId(), m.stageId(), m.name(), m.owner(), m.plannedDate(), m.baselineDate(), m.slippageDays(),
                m.achievedOn(), m.percentComplete(), m.version());
    }
}
