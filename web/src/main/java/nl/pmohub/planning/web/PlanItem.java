package nl.pmohub.planning.web;

/** What one timeline item shows and stands for: its label and the read model it was drawn from. */
public record PlanItem(String label, Object view) {
}
