package nl.pmohub.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.planning.domain.Deliverable;
import nl.pmohub.planning.domain.DeliverableDependency;
import nl.pmohub.planning.domain.DeliverableDetails;
import nl.pmohub.planning.domain.DependencyGraph;
import nl.pmohub.planning.domain.DependencyLink;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deliverables of a project and their finish-to-start dependencies. A dependency that would close a cycle
 * is refused; a plan that lets a successor start before its predecessor ends is allowed but flagged.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class DeliverableService {

    @Inject
    Clock clock;


    @Inject
    DeliverableRepository deliverables;

    @Inject
    PlanRules rules;

    /** The project's deliverables with their predecessors and dependency conflicts (two queries, whatever the size). */
    public List<DeliverableSummary> ofProject(@NotNull UUID projectId) {
        rules.project(projectId);
        List<DeliverableSummary> rows = deliverables.ofProject(projectId);
        Map<UUID, DeliverableSummary> byId = rows.stream().collect(Collectors.toMap(DeliverableSummary::id, Function.identity()));
        Map<UUID, List<UUID>> predecessors = new HashMap<>();
        for (DependencyLink link : deliverables.linksOf(projectId)) {
            predecessors.computeIfAbsent(link.successorId(), k -> new ArrayList<>()).add(link.predecessorId());
        }
        return rows.stream().map(d -> withLinks(d, predecessors.getOrDefault(d.id(), List.of()).stream().map(byId::get).toList())).toList();
    }

    /** The row with its predecessors, flagged when it starts before the last of them ends. */
    private static DeliverableSummary withLinks(DeliverableSummary row, List<DeliverableSummary> predecessors) {
        LocalDate latestPredecessorEnd = predecessors.stream().map(DeliverableSummary::endDate).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        return row.withLinks(predecessors.stream().map(DeliverableSummary::id).toList(), !row.startDate().isAfter(latestPredecessorEnd));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DeliverableSummary plan(@NotNull UUID projectId, @NotNull @Valid DeliverableDetails details) {
        requirePlaceable(projectId, details);
        Deliverable deliverable = Deliverable.plan(projectId, details, LocalDate.now(clock));
        deliverables.add(deliverable);
        return stored(deliverable.id());
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DeliverableSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid DeliverableDetails details) {
        Deliverable deliverable = deliverables.get(projectId, id, expectedVersion);
        requirePlaceable(projectId, details);
        deliverable.revise(details, LocalDate.now(clock));
        return stored(id);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DeliverableSummary rebaseline(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Deliverable deliverable = deliverables.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        deliverable.rebaseline();
        return stored(id);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Deliverable deliverable = deliverables.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        deliverables.remove(deliverable);
    }

    /** Makes {@code successorId} depend on {@code predecessorId} (finish-to-start), unless that closes a cycle. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DeliverableSummary link(@NotNull UUID projectId, @NotNull UUID successorId, @NotNull UUID predecessorId) {
        rules.activeProject(projectId);
        deliverables.get(projectId, successorId);
        deliverables.find(predecessorId).filter(d -> d.projectId().equals(projectId))
                .orElseThrow(() -> new BadInputException("predecessorId", "dependency.error.unknown", "is not a deliverable of this project"));
        new DependencyGraph(deliverables.linksOf(projectId)).requireAddable(predecessorId, successorId);
        deliverables.addLink(new DeliverableDependency(projectId, predecessorId, successorId));
        return stored(successorId);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DeliverableSummary unlink(@NotNull UUID projectId, @NotNull UUID successorId, @NotNull UUID predecessorId) {
        rules.activeProject(projectId);
        deliverables.get(projectId, successorId);
        deliverables.removeLink(deliverables.link(predecessorId, successorId)
                .orElseThrow(() -> new NotFoundException("Dependency on", predecessorId)));
        return stored(successorId);
    }

    private void requirePlaceable(UUID projectId, DeliverableDetails details) {
        rules.requirePlaceable(rules.activeProject(projectId), details.stageId(), "startDate", details.startDate(), details.endDate());
    }

    /** The deliverable as just written, with its links: three small queries, whatever the size of the plan. */
    /** One deliverable of the project with its predecessors (404 for another project's or tenant's id). */
    public DeliverableSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        return withLinks(deliverables.view(deliverables.get(projectId, id).id()), deliverables.predecessorsOf(id));
    }

    private DeliverableSummary stored(UUID id) {
        deliverables.flush();
        return withLinks(deliverables.view(id), deliverables.predecessorsOf(id));
    }
}
