package nl.pmohub.stakeholder.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.stakeholder.domain.Stakeholder;
import nl.pmohub.stakeholder.domain.StakeholderDetails;

import java.util.List;
import java.util.UUID;

/**
 * The stakeholder map of a project. Everyone in the tenant reads it; project managers, the PMO and administrators keep
 * it on open projects. Moving a stakeholder on the grid changes its power and interest and nothing else.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class StakeholderService {

    static final String WHAT = "Stakeholder";

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    ProjectPort projects;

    /** The project's stakeholders, most powerful and interested first. */
    public List<StakeholderSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return stakeholders.ofProject(projectId);
    }

    public StakeholderSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return stakeholders.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public StakeholderSummary add(@NotNull UUID projectId, @NotNull @Valid StakeholderDetails details) {
        projects.requireOpen(projectId);
        Stakeholder stakeholder = Stakeholder.map(projectId, details);
        stakeholders.add(stakeholder);
        return stored(stakeholder);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public StakeholderSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid StakeholderDetails details) {
        Stakeholder stakeholder = stakeholders.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        stakeholder.describe(details);
        return stored(stakeholder);
    }

    /** Moves the stakeholder on the power/interest grid (a drag to another cell or quadrant). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public StakeholderSummary place(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @Min(1) @Max(5) int power,
                                    @Min(1) @Max(5) int interest) {
        Stakeholder stakeholder = stakeholders.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        stakeholder.placeAt(power, interest);
        return stored(stakeholder);
    }

    /** Takes the stakeholder off the map, with its RACI cells. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        Stakeholder stakeholder = stakeholders.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        stakeholders.remove(stakeholder);
        stakeholders.flush();
    }

    private StakeholderSummary stored(Stakeholder stakeholder) {
        stakeholders.flush();
        return stakeholders.view(stakeholder.projectId(), stakeholder.id()).orElseThrow(() -> new NotFoundException(WHAT, stakeholder.id()));
    }
}
