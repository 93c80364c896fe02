package nl.pmohub.stakeholder.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** How often a communication goes out; a one-off has no next time. */
public enum Frequency {
    ONCE(null), WEEKLY(Period.ofWeeks(1)), BIWEEKLY(Period.ofWeeks(2)), MONTHLY(Period.ofMonths(1)), QUARTERLY(Period.ofMonths(3));

    private final Period step;

    Frequency(Period step) {
        this.step = step;
    }

    /** When it is due again after going out on {@code day}; empty for a one-off. */
    public Optional<LocalDate> after(LocalDate day) {
        return Optional.ofNullable(step).map(day::plus);
    }
}
