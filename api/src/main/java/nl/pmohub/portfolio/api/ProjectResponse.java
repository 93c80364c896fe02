package nl.pmohub.portfolio.api;

import nl.pmohub.portfolio.application.ProjectSnapshot;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A project as the API shows it. In lists, description and closedOn are left out. */
@Schema(name = "Project")
public record ProjectResponse(UUID id, String code, String name, String description, ProjectMethod method, String manager,
                              LocalDate startDate, LocalDate endDate, RagStatus status, ProjectPhase phase, BigDecimal budget,
                              LocalDate closedOn,
                              @Schema(description = "Optimistic-locking version; the ETag of the project") long version) {

    static ProjectResponse of(ProjectSnapshot project) {
        ProjectDetails d = project.details();
        return new ProjectResponse(project.id(), d.code(), d.name(), d.description(), d.method(), d.manager(), d.startDate(),
                d.endDate(), d.status(), project.phase(), d.budget(), project.closedOn(), project.version());
    }

    static ProjectResponse of(ProjectSummary p) {
        return new ProjectResponse(p.id(), p.code(), p.name(), null, p.method(), p.manager(), p.startDate(), p.endDate(),
                p.status(), p.phase(), p.budget(), null, p.version());
    }
}
