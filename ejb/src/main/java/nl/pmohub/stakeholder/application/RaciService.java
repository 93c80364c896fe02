package nl.pmohub.stakeholder.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.pmohub.planning.application.DeliverableService;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.StaleVersionException;
import nl.pmohub.stakeholder.domain.RaciAssignment;
import nl.pmohub.stakeholder.domain.RaciRole;
import nl.pmohub.stakeholder.domain.RaciRow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The RACI matrix: the project's deliverables (from planning) by its stakeholders. A row is saved whole, as of the tag
 * the user read, and only with exactly one Accountable; rows saved together stand or fall together.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class RaciService {

    static final String ROW = "RACI row";

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    DeliverableService deliverables;

    @Inject
    ProjectPort projects;

    /** A changed row: the deliverable, the tag of the row as it was read, and all its roles by stakeholder. */
    public record RowChange(@NotNull UUID deliverableId, String expectedTag, @NotNull Map<@NotNull UUID, @NotNull RaciRole> roles) {
    }

    public RaciMatrix matrix(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        List<StakeholderSummary> columns = stakeholders.ofProject(projectId);
        Map<UUID, Map<UUID, RaciRole>> cells = stakeholders.assignments(projectId).stream().collect(Collectors.groupingBy(
                RaciAssignment::deliverableId, Collectors.toMap(RaciAssignment::stakeholderId, RaciAssignment::role)));
        List<RaciMatrix.Row> rows = deliverables.ofProject(projectId).stream().map(d -> {
            RaciRow row = new RaciRow(d.id(), cells.getOrDefault(d.id(), Map.of()));
            return new RaciMatrix.Row(d.id(), d.name(), row.roles(), row.tag());
        }).toList();
        return new RaciMatrix(columns.stream().map(s -> new RaciMatrix.Column(s.id(), s.name())).sorted(
                Comparator.comparing(RaciMatrix.Column::name, String.CASE_INSENSITIVE_ORDER)).toList(), rows);
    }

    /** Saves one row as of {@code expectedTag} (412 when it changed since); refused unless it has exactly one Accountable. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public RaciMatrix.Row saveRow(@NotNull UUID projectId, @NotNull @Valid RowChange change) {
        return saveRows(projectId, List.of(change)).get(0);
    }

    /** Saves several rows in one transaction: one refused row refuses them all, naming its deliverable. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public List<RaciMatrix.Row> saveRows(@NotNull UUID projectId, @NotNull @Size(max = 500) List<@NotNull @Valid RowChange> changes) {
        projects.requireOpen(projectId);
        Map<UUID, String> names = new HashMap<>();
        deliverables.ofProject(projectId).forEach(d -> names.put(d.id(), d.name()));
        return changes.stream().map(change -> {
            String deliverable = names.get(change.deliverableId());
            if (deliverable == null) {
                throw new NotFoundException("Deliverable", change.deliverableId());
            }
            change.roles().keySet().forEach(stakeholder -> stakeholders.get(projectId, stakeholder));
            List<RaciAssignment> old = stakeholders.lockRow(projectId, change.deliverableId());
            RaciRow stored = new RaciRow(change.deliverableId(), old.stream().collect(Collectors.toMap(RaciAssignment::stakeholderId, RaciAssignment::role)));
            StaleVersionException.require(ROW, deliverable, change.expectedTag(), stored.tag());
            RaciRow row = new RaciRow(change.deliverableId(), change.roles());
            row.requireOneAccountable(deliverable);
            stakeholders.replaceRow(old, row.assignments(projectId));
            return new RaciMatrix.Row(row.deliverableId(), deliverable, row.roles(), row.tag());
        }).toList();
    }
}
