package nl.pmohub.marketplace.domain;

/**
 * How deep a skill goes (the T-shape's stem and arms), stored as its rank. A request names the least depth it
 * needs; the ranking counts a deeper skill for more ({@link #weight}).
 */
public enum SkillDepth {
    BASIC(1, 0.4), EXPERIENCED(2, 0.75), EXPERT(3, 1.0);

    private final int rank;
    private final double weight;

    SkillDepth(int rank, double weight) {
        this.rank = rank;
        this.weight = weight;
    }

    public int rank() {
        return rank;
    }

    /** Its share of a skill's full score. */
    public double weight() {
        return weight;
    }

    public static SkillDepth ofRank(int rank) {
        for (SkillDepth depth : values()) {
            if (depth.rank == rank) {
                return depth;
            }
        }
        throw new IllegalArgumentException("No skill depth of rank " + rank);
    }
}
