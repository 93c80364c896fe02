package nl.pmohub.meeting.domain;

/** Optional texts are stored stripped and never null, so the search vector and the minutes need no null handling. */
final class Texts {

    private Texts() {
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
