package nl.pmohub.portfolio.application;

import nl.pmohub.shared.application.Versioned;
import nl.pmohub.portfolio.domain.Project;
import nl.pmohub.portfolio.domain.ProjectDetails;
import nl.pmohub.portfolio.domain.ProjectPhase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One project as read, with the version an edit must name to be accepted. */
public record ProjectSnapshot(UUID id, ProjectDetails details, ProjectPhase phase, LocalDate closedOn, long version, Instant updatedAt) implements Versioned {

    static ProjectSnapshot of(Project project) {
        return new ProjectSnapshot(project.id(), project.details(), project.phase(), project.closedOn(), project.version(), project.updatedAt());
    }
}
