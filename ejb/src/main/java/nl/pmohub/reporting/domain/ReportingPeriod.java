package nl.pmohub.reporting.domain;

import nl.pmohub.shared.domain.Period;

import java.time.LocalDate;

/** The days a report covers, first and last included. */
public record ReportingPeriod(LocalDate startDate, LocalDate endDate) implements Period {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
