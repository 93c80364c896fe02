package nl.pmohub.risk.web;

import nl.pmohub.risk.application.HeatCell;
import nl.pmohub.risk.application.RiskSummary;

import java.io.Serializable;
import java.util.List;

/** What the heat-map fragment ({@code WEB-INF/includes/heat-map.xhtml}) asks of a view: the cells' counts and bands. */
public abstract class HeatMapView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows of the heat map from top to bottom: probability 5 first. */
    private static final List<Integer> PROBABILITIES = List.of(5, 4, 3, 2, 1);
    private static final List<Integer> IMPACTS = List.of(1, 2, 3, 4, 5);

    /** The open risks per probability and impact (cells without risks left out). */
    protected abstract List<HeatCell> cells();

    /** How many open risks lie in the cell. */
    public long count(int probability, int impact) {
        return cells().stream().filter(c -> c.probability() == probability && c.impact() == impact).mapToLong(HeatCell::count).sum();
    }

    public String band(int probability, int impact) {
        return RiskSummary.band(probability * impact);
    }

    /** Whether the cell is the one the register is narrowed to (none, unless a view filters). */
    public boolean isSelected(int probability, int impact) {
        return false;
    }

    /** A click on a cell (ignored, unless a view filters). */
    public void select(int probability, int impact) {
    }

    public List<Integer> getProbabilities() { return PROBABILITIES; }
    public List<Integer> getImpacts() { return IMPACTS; }
}
