package nl.pmohub.budget.application;

import nl.pmohub.shared.application.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** A budget baseline as the overview reads it: who took it when and why, its total and its plan per month. */
public record BaselinePlan(UUID id, int number, String reason, String takenBy, Instant takenAt, BigDecimal total,
                           SortedMap<YearMonth, BigDecimal> planned, long version) implements Versioned {

    public BaselinePlan {
        planned = new TreeMap<>(planned);
    }
}
