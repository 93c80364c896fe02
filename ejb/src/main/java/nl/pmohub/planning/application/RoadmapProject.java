package nl.pmohub.planning.application;

import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.RagStatus;

import java.time.LocalDate;
import java.util.UUID;

/** An active project as one row of the portfolio roadmap. */
public record RoadmapProject(UUID id, String code, String name, ProjectMethod method, RagStatus status, LocalDate startDate,
                             LocalDate endDate) {
}
