package nl.pmohub.marketplace.domain;

/**
 * What a PMO professional can do; the T-shape says how deep. Each skill is one bit of the skill sets the
 * ranking compares ({@link #bit}): new skills go at the end, never between (stored sets would change meaning).
 */
public enum Skill {
    PRINCE2, SCRUM, SAFE, LEAN, PDCA, SIX_SIGMA, RISK, STAKEHOLDER, FINANCE, CAPACITY, MS_PROJECT, PORTFOLIO, CHANGE, REPORTING, PMO_SETUP, IPMA;

    public int bit() {
        return 1 << ordinal();
    }

    /** The set of skills as bits. */
    public static int bits(java.util.Collection<Skill> skills) {
        int bits = 0;
        for (Skill skill : skills) {
            bits |= skill.bit();
        }
        return bits;
    }
}
