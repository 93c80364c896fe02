package nl.pmohub.risk.application;

/** How many open risks have this probability and impact (one cell of the 5 × 5 heat map). */
public record HeatCell(int probability, int impact, long count) {

    public int score() {
        return probability * impact;
    }
}
