package nl.pmohub.planning.application;

import nl.pmohub.shared.application.Versioned;

/** A thing of a project's plan as lists show it (milestone, deliverable, stage): named, stored, versioned. */
public interface PlannedItem extends Versioned {

    String name();
}
