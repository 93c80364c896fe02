package nl.pmohub.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.planning.domain.Milestone;
import nl.pmohub.planning.domain.MilestoneDetails;
import nl.pmohub.shared.application.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Milestones of a project and the deadlines across the portfolio. A milestone lies within its project's
 * period; a closed project's milestones do not change. Edits name the version they were based on.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class MilestoneService {

    @Inject
    Clock clock;

    static final int MAX_DEADLINES = 50;

    @Inject
    MilestoneRepository milestones;

    @Inject
    PlanRules rules;

    public List<MilestoneSummary> ofProject(@NotNull UUID projectId) {
        rules.project(projectId);
        return milestones.ofProject(projectId);
    }

    /** Open milestones of active projects due within {@code days} days, and those already missed. */
    public List<Deadline> deadlines(@Min(0) @Max(366) int days) {
        return milestones.openUntil(LocalDate.now(clock).plusDays(days), MAX_DEADLINES);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MilestoneSummary plan(@NotNull UUID projectId, @NotNull @Valid MilestoneDetails details) {
        requirePlaceable(projectId, details);
        Milestone milestone = Milestone.plan(projectId, details, LocalDate.now(clock));
        milestones.add(milestone);
        return stored(milestone);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MilestoneSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid MilestoneDetails details) {
        Milestone milestone = milestones.get(projectId, id, expectedVersion);
        requirePlaceable(projectId, details);
        milestone.revise(details, LocalDate.now(clock));
        return stored(milestone);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public MilestoneSummary rebaseline(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Milestone milestone = milestones.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        milestone.rebaseline();
        return stored(milestone);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Milestone milestone = milestones.get(projectId, id, expectedVersion);
        rules.activeProject(projectId);
        milestones.remove(milestone);
    }

    private void requirePlaceable(UUID projectId, MilestoneDetails details) {
        rules.requirePlaceable(rules.activeProject(projectId), details.stageId(), "plannedDate", details.plannedDate(), details.plannedDate());
    }

    /** One milestone of the project (404 for another project's or tenant's id). */
    public MilestoneSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        return view(milestones.get(projectId, id));
    }

    private MilestoneSummary stored(Milestone milestone) {
        milestones.flush();
        return view(milestone);
    }

    private static MilestoneSummary view(Milestone milestone) {
        MilestoneDetails d = milestone.details();
        return new MilestoneSummary(milestone.id(), milestone.projectId(), d.stageId(), d.name(), d.owner(), d.plannedDate(), milestone.baselineDate(),
                d.achievedOn(), d.percentComplete(), milestone.version());
    }
}
