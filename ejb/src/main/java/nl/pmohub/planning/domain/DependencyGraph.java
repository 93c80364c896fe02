package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.BadInputException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The finish-to-start links of one project's deliverables; refuses a link that would close a cycle. */
public final class DependencyGraph {

    private final Map<UUID, List<UUID>> successors = new HashMap<>();

    public DependencyGraph(Collection<DependencyLink> links) {
        for (DependencyLink link : links) {
            successors.computeIfAbsent(link.predecessorId(), k -> new ArrayList<>()).add(link.successorId());
        }
    }

    /** Checks that {@code predecessor → successor} may be added: not to itself, not twice, and closing no cycle. */
    public void requireAddable(UUID predecessor, UUID successor) {
        if (predecessor.equals(successor)) {
            throw new BadInputException("predecessorId", "dependency.error.self", "A deliverable cannot depend on itself");
        }
        if (successors.getOrDefault(predecessor, List.of()).contains(successor)) {
            throw duplicate();
        }
        if (reaches(successor, predecessor)) {
            throw new BadInputException("predecessorId", "dependency.error.cycle",
                    "This dependency would make a cycle: the predecessor already depends on this deliverable");
        }
    }

    /** The refusal of a link that exists already (also when a concurrent request added it first). */
    public static BadInputException duplicate() {
        return new BadInputException("predecessorId", "dependency.error.duplicate", "This dependency exists already");
    }

    /** Whether {@code to} can be reached from {@code from} by following links (iterative, so deep chains are fine). */
    boolean reaches(UUID from, UUID to) {
        Deque<UUID> open = new ArrayDeque<>(List.of(from));
        Set<UUID> seen = new HashSet<>();
        while (!open.isEmpty()) {
            UUID next = open.pop();
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                open.addAll(successors.getOrDefault(next, List.of()));
            }
        }
        return false;
    }
}
