package nl.pmohub.portfolio.application;

import nl.pmohub.shared.domain.Period;

import java.time.LocalDate;
import java.util.UUID;

/** What other contexts may know of an active project of the tenant: which it is and its period. */
public record OpenProject(UUID id, String code, LocalDate startDate, LocalDate endDate) implements Period {
}
