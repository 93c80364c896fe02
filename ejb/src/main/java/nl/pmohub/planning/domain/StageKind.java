package nl.pmohub.planning.domain;

/** Prince2 management stages: initiation first, then one or more delivery stages, closing last. */
public enum StageKind {
    INITIATION, DELIVERY, CLOSING
}
