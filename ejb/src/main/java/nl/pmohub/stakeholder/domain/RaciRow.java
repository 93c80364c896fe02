package nl.pmohub.stakeholder.domain;

import nl.pmohub.shared.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;

/**
 * A row of the RACI matrix: the roles stakeholders have for one deliverable. A row that assigns anything has exactly one
 * Accountable — someone answers for every deliverable, and only one. An empty row is a deliverable not yet assigned.
 * The row's {@link #tag()} is its version for If-Match: it changes whenever any cell of the row does.
 */
public record RaciRow(UUID deliverableId, Map<UUID, RaciRole> roles) {

    public RaciRow {
        roles = Map.copyOf(roles);
    }

    /** Refuses a row that assigns roles without exactly one Accountable, naming the deliverable and how many it has. */
    public void requireOneAccountable(String deliverable) {
        long accountable = roles.values().stream().filter(r -> r == RaciRole.A).count();
        if (!roles.isEmpty() && accountable != 1) {
            throw new RuleViolationException("roles", "raci.error.oneAccountable",
                    "A deliverable has exactly one Accountable: " + deliverable + " has " + accountable, deliverable, accountable);
        }
    }

    /** The row's cells as assignments to store. */
    public List<RaciAssignment> assignments(UUID projectId) {
        List<RaciAssignment> cells = new ArrayList<>();
        new TreeMap<>(roles).forEach((stakeholder, role) -> cells.add(RaciAssignment.of(projectId, deliverableId, stakeholder, role)));
        return cells;
    }

    /** A short hash of the row's cells in a fixed order: equal rows, equal tags. */
    public String tag() {
        StringBuilder cells = new StringBuilder();
        new TreeMap<>(roles).forEach((stakeholder, role) -> cells.append(stakeholder).append('=').append(role).append(';'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cells.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
