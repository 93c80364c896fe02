package nl.pmohub.hours.application;

import nl.pmohub.hours.domain.PersonRate;
import nl.pmohub.shared.application.Records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hourly rates of the current tenant's people. */
public interface RateRepository extends Records<PersonRate> {

    Optional<PersonRate> find(String person, LocalDate validFrom);

    /** Every rate, by person and then newest first. */
    List<RateSummary> all();
}
