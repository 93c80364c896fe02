package nl.pmohub.planning.application;

import nl.pmohub.planning.domain.SprintStatus;

import java.time.LocalDate;
import java.util.UUID;

/** A sprint as the portfolio roadmap draws it. */
public record RoadmapSprint(UUID id, UUID projectId, int number, String team, SprintStatus status, LocalDate startDate, LocalDate endDate) {
}
