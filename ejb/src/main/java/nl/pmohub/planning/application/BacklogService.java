package nl.pmohub.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.planning.domain.BacklogItem;
import nl.pmohub.planning.domain.BacklogItemDetails;
import nl.pmohub.planning.domain.Sprint;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The backlog of a project: the product backlog and what is planned into its sprints. An item moves only
 * into an open sprint of its own project, and does not change while its sprint is closed. A closed
 * project's backlog does not change. Edits name the version they were based on.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class BacklogService {

    @Inject
    Clock clock;

    static final String WHAT = "Backlog item";

    @Inject
    BacklogRepository items;

    @Inject
    SprintRepository sprints;

    @Inject
    PlanRules rules;

    /** Items of the project in rank order: all, the product backlog, or one sprint's. */
    public List<BacklogItemSummary> list(@NotNull UUID projectId, @NotNull BacklogScope scope) {
        rules.project(projectId);
        if (scope.sprintId() != null) {
            sprints.find(scope.sprintId()).filter(s -> s.projectId().equals(projectId))
                    .orElseThrow(() -> new NotFoundException(SprintService.WHAT, scope.sprintId()));
        }
        return items.list(projectId, scope);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public BacklogItemSummary add(@NotNull UUID projectId, @NotNull @Valid BacklogItemDetails details) {
        rules.activeProject(projectId);
        BacklogItem item = BacklogItem.add(projectId, details, sprint(details.sprintId()), items.nextRank(projectId), LocalDate.now(clock));
        items.add(item);
        return stored(item);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public BacklogItemSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid BacklogItemDetails details) {
        BacklogItem item = items.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        item.revise(details, sprint(item.sprintId()), sprint(details.sprintId()), LocalDate.now(clock));
        return stored(item);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        BacklogItem item = items.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        item.requireChangeable(sprint(item.sprintId()));
        items.remove(item);
        items.flush();
    }

    /** The sprint an input names; an id that is no sprint of the tenant is a bad input, not a missing resource. */
    private Sprint sprint(UUID sprintId) {
        if (sprintId == null) {
            return null;
        }
        return sprints.find(sprintId).orElseThrow(() -> new BadInputException("sprintId", "scrum.error.unknownSprint", "is not a sprint of this project"));
    }

    /** One backlog item of the project (404 for another project's or tenant's id). */
    public BacklogItemSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        return items.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    private BacklogItemSummary stored(BacklogItem item) {
        items.flush();
        return items.view(item.projectId(), item.id()).orElseThrow(() -> new NotFoundException(WHAT, item.id()));
    }
}
