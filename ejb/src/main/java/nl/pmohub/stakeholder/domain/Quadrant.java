package nl.pmohub.stakeholder.domain;

/**
 * Where power and interest put a stakeholder on the grid (Mendelow), and so how to deal with them. On the 1–5 scales
 * 3 and up counts as high: a stakeholder in the middle gets attention rather than being left to monitoring.
 */
public enum Quadrant {
    MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

    public static final int HIGH = 3;

    public static Quadrant of(int power, int interest) {
        if (power >= HIGH) {
            return interest >= HIGH ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interest >= HIGH ? KEEP_INFORMED : MONITOR;
    }
}
