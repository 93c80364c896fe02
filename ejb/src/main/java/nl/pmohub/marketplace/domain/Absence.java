package nl.pmohub.marketplace.domain;

import jakarta.validation.constraints.NotNull;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.validation.ValidPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days a professional plans to be away, both ends included. The professional's row keeps them as one PostgreSQL
 * {@code datemultirange} (the ranking scores from it, V31): written and read here in its text form, in which
 * ranges are half open and overlapping or adjoining ones merged.
 */
@ValidPeriod
public record Absence(@NotNull LocalDate startDate, @NotNull LocalDate endDate) implements Period {

    private static final Pattern RANGE = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2}),(\\d{4}-\\d{2}-\\d{2})\\)");

    /** The multirange literal of {@code absences}, e.g. {@code {[2027-07-01,2027-07-15)}}; null for none (V31). */
    public static String multirange(List<Absence> absences) {
        if (absences.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("{");
        for (Absence a : absences) {
            text.append(text.length() > 1 ? "," : "").append('[').append(a.startDate()).append(',').append(a.endDate().plusDays(1)).append(')');
        }
        return text.append('}').toString();
    }

    /** The absences of a multirange's text as PostgreSQL writes it (merged, in order); none for null. */
    public static List<Absence> of(String multirange) {
        if (multirange == null) {
            return List.of();
        }
        List<Absence> absences = new ArrayList<>();
        Matcher range = RANGE.matcher(multirange);
        while (range.find()) {
            absences.add(new Absence(LocalDate.parse(range.group(1)), LocalDate.parse(range.group(2)).minusDays(1)));
        }
        absences.sort(Comparator.comparing(Absence::startDate));
        return List.copyOf(absences);
    }
}
