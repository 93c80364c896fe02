package nl.pmohub.shared.domain;

import java.time.LocalDate;

/** Anything with a start and an end date (projects, stages, sprints); see {@link nl.pmohub.shared.domain.validation.ValidPeriod}. */
public interface Period {

    LocalDate startDate();

    LocalDate endDate();
}
