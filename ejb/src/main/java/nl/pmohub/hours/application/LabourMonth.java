package nl.pmohub.hours.application;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A project's approved hours in one month and what they cost at the rates valid on their days;
 * {@code hoursWithoutRate} counts hours of people who had no rate then (they cost nothing until one is set).
 */
public record LabourMonth(YearMonth month, BigDecimal hours, BigDecimal cost, BigDecimal hoursWithoutRate) {
}
