package nl.pmohub.meeting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.meeting.domain.Decision;
import nl.pmohub.meeting.domain.DecisionDetails;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * The decision log of a project. Everyone in the tenant reads it; project managers, the PMO and administrators record
 * decisions on open projects, in a meeting (and at one of its agenda items) or on their own.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class DecisionService {

    static final String WHAT = "Decision";

    @Inject
    DecisionRepository decisions;

    @Inject
    Origins origins;

    @Inject
    ProjectPort projects;

    public List<DecisionSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return decisions.ofProject(projectId);
    }

    public DecisionSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return decisions.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    /** Records a decision; {@code meetingId} and {@code agendaItemId} may be null (not in a meeting, not at an item). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DecisionSummary record(@NotNull UUID projectId, UUID meetingId, UUID agendaItemId, @NotNull @Valid DecisionDetails details) {
        projects.requireOpen(projectId);
        Decision decision = Decision.record(projectId, origins.of(projectId, meetingId, agendaItemId), details);
        decisions.add(decision);
        return stored(decision);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public DecisionSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid DecisionDetails details) {
        Decision decision = decisions.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        decision.describe(details);
        return stored(decision);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Decision decision = decisions.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        decisions.remove(decision);
        decisions.flush();
    }

    private DecisionSummary stored(Decision decision) {
        decisions.flush();
        return decisions.view(decision.projectId(), decision.id()).orElseThrow(() -> new NotFoundException(WHAT, decision.id()));
    }
}
