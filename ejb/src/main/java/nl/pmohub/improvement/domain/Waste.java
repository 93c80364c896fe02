package nl.pmohub.improvement.domain;

/** The eight wastes of Lean (TIMWOODS) a cycle may be aimed at. */
public enum Waste { TRANSPORT, INVENTORY, MOTION, WAITING, OVERPRODUCTION, OVERPROCESSING, DEFECTS, UNUSED_SKILLS }
