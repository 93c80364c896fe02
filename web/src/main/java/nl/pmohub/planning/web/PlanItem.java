package nl.pmohub.planning.web;

/** What one timeline item shows and stands for: its label and the read model it was drawn from. */
public record PlanItem(String label, Object view) {

    /** For backgrounds and markers: without it the timeline repeats the previous item's label in them. */
    static final PlanItem NONE = new PlanItem("", null);
}
