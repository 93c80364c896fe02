package nl.pmohub.portfolio.application;

import nl.pmohub.portfolio.domain.ProjectMethod;
import nl.pmohub.portfolio.domain.ProjectPhase;
import nl.pmohub.portfolio.domain.RagStatus;

import nl.pmohub.shared.domain.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the project list, projected straight from the database. */
public record ProjectSummary(UUID id, String code, String name, ProjectMethod method, String manager,
                             LocalDate startDate, LocalDate endDate, RagStatus status, ProjectPhase phase,
                             BigDecimal budget, long version) implements Period {
}
