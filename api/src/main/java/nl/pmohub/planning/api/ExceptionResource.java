package nl.pmohub.planning.api;

import nl.pmohub.shared.api.TenantScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.pmohub.planning.application.StageInException;
import nl.pmohub.planning.application.StageService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Stages across the portfolio that exceed a tolerance: Prince2 exceptions for the project board. */
@Path("t/{tenant}/exceptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class ExceptionResource extends TenantScoped {

    @Inject
    StageService stages;

    /** A stage in exception. */
    @Schema(name = "StageException")
    public record StageExceptionResponse(UUID stageId, UUID projectId, String projectCode, String projectName, String stageName,
                                         @Schema(description = "TIME and/or COST") Set<String> breaches, LocalDate endDate,
                                         LocalDate baselineEndDate, int timeToleranceDays, BigDecimal forecastCost, BigDecimal costLimit) {

        static StageExceptionResponse of(StageInException e) {
            return new StageExceptionResponse(e.stageId(), e.projectId(), e.projectCode(), e.projectName(), e.stageName(),
                    e.breaches().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                    e.endDate(), e.baselineEnd(), e.timeToleranceDays(), e.forecastCost(), e.costLimit());
        }
    }

    @GET
    @Operation(summary = "Stages in exception", description = "Open stages of active projects whose forecast end or cost exceeds the tolerance.")
    public List<StageExceptionResponse> list() {
        return stages.exceptions().stream().map(StageExceptionResponse::of).toList();
    }
}
