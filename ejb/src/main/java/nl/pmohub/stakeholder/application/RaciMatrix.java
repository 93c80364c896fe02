package nl.pmohub.stakeholder.application;

import nl.pmohub.stakeholder.domain.RaciRole;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The RACI matrix of a project: its deliverables (rows, in plan order) by its stakeholders (columns, by name). Each row
 * carries its tag for If-Match and whether it has its one Accountable.
 */
public record RaciMatrix(List<Column> stakeholders, List<Row> rows) {

    /** A stakeholder as a column. */
    public record Column(UUID id, String name) {
    }

    /** A deliverable's roles by stakeholder id; {@code tag} changes whenever a cell of the row does. */
    public record Row(UUID deliverableId, String deliverable, Map<UUID, RaciRole> roles, String tag) {

        public RaciRole role(UUID stakeholder) {
            return roles.get(stakeholder);
        }

        /** No one answers for the deliverable yet (the row is empty, or was filled before its Accountable). */
        public boolean withoutAccountable() {
            return !roles.containsValue(RaciRole.A);
        }
    }
}
