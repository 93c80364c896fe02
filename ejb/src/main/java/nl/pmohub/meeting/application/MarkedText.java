package nl.pmohub.meeting.application;

/**
 * A text in which a search marked the words it matched, each between {@link #START} and {@link #STOP} (as PostgreSQL's
 * {@code ts_headline} writes them); long texts are cut to the passages around the matches, joined by " … ".
 */
public record MarkedText(String marked) {

    public static final char START = '\u0002';
    public static final char STOP = '\u0003';

    /** A text without marks (a list without a query). */
    public static MarkedText unmarked(String text) {
        return new MarkedText(text == null ? "" : text.replace(String.valueOf(START), "").replace(String.valueOf(STOP), ""));
    }

    public int marks() {
        return (int) marked.chars().filter(c -> c == START).count();
    }

    /** Safe HTML: the text escaped, each match in {@code <mark>}. */
    public String html() {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (char c : marked.toCharArray()) {
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
