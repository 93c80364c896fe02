package nl.pmohub.risk.domain;

/** How urgent an issue is; an occurred risk takes the band of its score. */
public enum IssuePriority {
    HIGH, MEDIUM, LOW;

    static IssuePriority ofScore(int score) {
        return score >= Risk.HIGH ? HIGH : score >= Risk.MEDIUM ? MEDIUM : LOW;
    }
}
