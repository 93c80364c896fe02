package nl.pmohub.portfolio.api;

import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project as a client sends it to create or replace one. The service's contract validates it. */
@Schema(name = "ProjectRequest", description = "The editable facts of a project")
public record ProjectRequest(
        @Schema(required = true, maxLength = 20, example = "ACM-120", description = "Unique within the organisation; letters, digits, '.', '_', '-'") String code,
        @Schema(required = true, maxLength = 120, example = "Renovatie gemeentehuis") String name,
        @Schema(maxLength = 2000) String description,
        @Schema(required = true, enumeration = {"PRINCE2", "SCRUM", "KANBAN", "HYBRID"}) String method,
        @Schema(required = true, maxLength = 100, example = "Priya Mahabier") String manager,
        @Schema(required = true, example = "2027-01-01") LocalDate startDate,
        @Schema(required = true, example = "2027-12-31", description = "Not before startDate") LocalDate endDate,
        @Schema(required = true, enumeration = {"GREEN", "AMBER", "RED"}) String status,
        @Schema(minimum = "0", maximum = Inputs.MAX_AMOUNT, example = "250000.00", description = "Planned budget in EUR") BigDecimal budget) {

    ProjectDetails toDetails() {
        return new ProjectDetails(code, name, description, Inputs.enumValue(ProjectMethod.class, "method", method), manager,
                startDate, endDate, Inputs.enumValue(RagStatus.class, "status", status), budget);
    }
}
