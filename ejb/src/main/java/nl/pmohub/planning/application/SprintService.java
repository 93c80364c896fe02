package nl.pmohub.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.planning.domain.BacklogItem;
import nl.pmohub.planning.domain.Burndown;
import nl.pmohub.planning.domain.Sprint;
import nl.pmohub.planning.domain.SprintDetails;
import nl.pmohub.planning.domain.SprintReview;
import nl.pmohub.planning.domain.SprintStatus;
import nl.pmohub.planning.domain.Velocity;
import nl.pmohub.portfolio.application.OpenProject;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.RuleViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The sprints of a project: plan, start, review, and the burndown and velocity read from them. Rules that
 * need other sprints are checked here: a team's sprints never overlap (across the tenant's projects) and
 * a team runs one sprint at a time; the database backs both up (see {@link SprintRepository#flush()}).
 * A closed project's sprints do not change. Edits name the version they were based on.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class SprintService {

    @Inject
    Clock clock;

    static final String WHAT = "Sprint";

    @Inject
    SprintRepository sprints;

    @Inject
    BacklogRepository items;

    @Inject
    PlanRules rules;

    /** The project's sprints in date order, with the totals of their items. */
    public List<SprintSummary> ofProject(@NotNull UUID projectId) {
        rules.project(projectId);
        return sprints.ofProject(projectId);
    }

    public SprintSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        rules.project(projectId);
        return sprints.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public SprintSummary plan(@NotNull UUID projectId, @NotNull @Valid SprintDetails details) {
        OpenProject project = rules.activeProject(projectId);
        requireNoOverlap(details, null);
        Sprint sprint = Sprint.plan(projectId, sprints.nextNumber(projectId), details, project);
        sprints.add(sprint);
        return stored(sprint);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public SprintSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid SprintDetails details) {
        Sprint sprint = sprints.get(projectId, id, expectedVersion);
        OpenProject project = rules.activeProject(projectId);
        sprint.requireOpen();
        requireNoOverlap(details, id);
        if (sprint.status() == SprintStatus.ACTIVE && !sprint.team().equals(details.team().strip())
                && sprints.teamBusy(details.team().strip(), id)) {
            throw new RuleViolationException("team", "scrum.error.teamBusy", "Team " + details.team().strip()
                    + " already has an active sprint; review it first", details.team().strip());
        }
        sprint.revise(details, project);
        return stored(sprint);
    }

    /** Removes a sprint that never started; its items go back to the product backlog. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Sprint sprint = sprints.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        sprint.requireRemovable();
        items.inSprint(id).forEach(BacklogItem::returnToProductBacklog);
        sprints.remove(sprint);
        sprints.flush();
    }

    /** Starts a planned sprint: the points in it become its commitment. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public SprintSummary start(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Sprint sprint = sprints.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        sprint.start(items.inSprint(id), sprints.teamBusy(sprint.team(), id));
        return stored(sprint);
    }

    /** The sprint review: records the notes and the completed points, closes the sprint, returns unfinished items. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public SprintSummary review(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid SprintReview review) {
        Sprint sprint = sprints.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        sprint.review(review, items.inSprint(id), LocalDate.now(clock));
        return stored(sprint);
    }

    public Burndown burndown(@NotNull UUID projectId, @NotNull UUID id) {
        rules.project(projectId);
        return sprints.burndown(projectId, id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    public Velocity velocity(@NotNull UUID projectId) {
        rules.project(projectId);
        return sprints.velocity(projectId);
    }

    private void requireNoOverlap(SprintDetails details, UUID self) {
        if (details.endDate().isBefore(details.startDate())) {
            return; // the entity refuses it, naming endDate
        }
        sprints.overlapping(details.team(), details.startDate(), details.endDate(), self).ifPresent(other -> {
            throw new RuleViolationException("startDate", "scrum.error.overlap",
                    "Team " + other.team() + " already has sprint " + other.number() + " from " + other.startDate() + " to "
                            + other.endDate() + "; a team's sprints do not overlap",
                    other.team(), other.number(), other.startDate(), other.endDate());
        });
    }

    private SprintSummary stored(Sprint sprint) {
        sprints.flush();
        return sprints.view(sprint.projectId(), sprint.id()).orElseThrow(() -> new NotFoundException(WHAT, sprint.id()));
    }
}
