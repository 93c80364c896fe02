package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.Proximity;
import nl.pmohub.risk.domain.RiskCategory;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskResponse;
import nl.pmohub.risk.domain.RiskStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The register as CSV (RFC 4180, a header row, the same columns both ways, so an export can be edited and imported
 * again). Reading accepts comma or semicolon (what Dutch Excel writes) and answers per row either the details or why
 * a value could not be read; the service checks the rules.
 */
public final class RiskCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final List<String> COLUMNS = List.of("title", "description", "category", "cause", "effect", "probability", "impactCost", "impactTime",
            "impactQuality", "impactReputation", "owner", "response", "proximity", "status", "residualProbability", "residualImpact", "nextReview");

    private RiskCsv() {
    }

    /** A row read: its line number (the header is line 1), the details, or the values that could not be read (field → value). */
    public record Row(int line, RiskDetails details, Map<String, String> unreadable) {
    }

    public static String write(List<RiskSummary> risks) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (RiskSummary risk : risks) {
            csv.append(String.join(",", values(risk).stream().map(v -> quoted(String.valueOf(v))).toList())).append("\r\n");
        }
        return csv.toString();
    }

    /** A risk's values in the order of {@link #COLUMNS} (an absent residual pair as ""): one row of a CSV or a spreadsheet. */
    public static List<Object> values(RiskSummary risk) {
        RiskDetails d = risk.details();
        return List.of(d.title(), d.description(), d.category(), d.cause(), d.effect(), d.probability(), d.impactCost(), d.impactTime(),
                d.impactQuality(), d.impactReputation(), d.owner(), d.response(), d.proximity(), d.status(),
                d.residualProbability() == null ? "" : d.residualProbability(), d.residualImpact() == null ? "" : d.residualImpact(), d.nextReview());
    }

    public static List<Row> read(String csv) {
        List<List<String>> records = records(csv);
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(row(r + 1, record, at));
        }
        return rows;
    }

    private static Row row(int line, List<String> record, Map<String, Integer> at) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Function<String, String> text = column -> {
            Integer index = at.get(column);
            return index == null || index >= record.size() ? null : record.get(index).strip();
        };
        RiskDetails details = new RiskDetails(text.apply("title"), text.apply("description"),
                value(text, "category", s -> RiskCategory.valueOf(s.toUpperCase(Locale.ROOT)), unreadable), text.apply("cause"), text.apply("effect"),
                number(text, "probability", unreadable), number(text, "impactCost", unreadable), number(text, "impactTime", unreadable),
                number(text, "impactQuality", unreadable), number(text, "impactReputation", unreadable), text.apply("owner"),
                value(text, "response", s -> RiskResponse.valueOf(s.toUpperCase(Locale.ROOT)), unreadable),
                value(text, "proximity", s -> Proximity.valueOf(s.toUpperCase(Locale.ROOT)), unreadable),
                blank(text.apply("status")) ? RiskStatus.OPEN : value(text, "status", s -> RiskStatus.valueOf(s.toUpperCase(Locale.ROOT)), unreadable),
                value(text, "residualProbability", Integer::valueOf, unreadable), value(text, "residualImpact", Integer::valueOf, unreadable),
                value(text, "nextReview", LocalDate::parse, unreadable));
        return new Row(line, details, unreadable);
    }

    private static int number(Function<String, String> text, String column, Map<String, String> unreadable) {
        Integer value = value(text, column, Integer::valueOf, unreadable);
        return value == null ? 0 : value;
    }

    /** The column's value read by {@code parse}; null when blank, and noted as unreadable when it cannot be read. */
    private static <T> T value(Function<String, String> text, String column, Function<String, T> parse, Map<String, String> unreadable) {
        String raw = text.apply(column);
        if (blank(raw)) {
            return null;
        }
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            unreadable.put(column, raw);
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String quoted(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** RFC 4180 records: quoted fields may hold separators, quotes (doubled) and line breaks. */
    private static List<List<String>> records(String csv) {
        String firstLine = csv.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
