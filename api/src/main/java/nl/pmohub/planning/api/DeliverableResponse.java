package nl.pmohub.planning.api;

import nl.pmohub.planning.application.DeliverableSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deliverable with its baseline, slippage and finish-to-start predecessors. */
@Schema(name = "Deliverable")
public record DeliverableResponse(UUID id, UUID projectId, UUID stageId, String name, String owner, LocalDate startDate, LocalDate endDate,
                                  LocalDate baselineStartDate, LocalDate baselineEndDate, long slippageDays, int percentComplete,
                                  LocalDate completedOn, List<UUID> predecessorIds,
                                  @Schema(description = "True when it is planned to start before a predecessor ends") boolean dependencyConflict,
                                  long version) {

    static DeliverableResponse of(DeliverableSummary d) {
        return new DeliverableResponse(d.id(), d.projectId(), d.stageId(), d.name(), d.owner(), d.startDate(), d.endDate(), d.baselineStart(),
                d.baselineEnd(), d.slippageDays(), d.percentComplete(), d.completedOn(), d.predecessorIds(), d.dependencyConflict(), d.version());
    }
}
