package nl.pmohub.planning.domain;

import java.util.UUID;

/** A finish-to-start link from a predecessor to its successor, as the graph and the lists read it. */
public record DependencyLink(UUID predecessorId, UUID successorId) {
}
