package nl.pmohub.contracts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.contracts.domain.ContractDetails;
import nl.pmohub.contracts.domain.SupplierContract;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Supplier contracts of a project, and the tenant's contracts that end or reach their notice date soon.
 * Everyone reads; project managers, the PMO and administrators register and change them, on open projects.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class ContractService {

    static final String WHAT = "Contract";
    /** How far ahead the dashboard looks by default. */
    public static final int WATCH_DAYS = 60;

    @Inject
    Clock clock;

    @Inject
    ContractRepository contracts;

    @Inject
    ProjectPort projects;

    public List<ContractSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return contracts.ofProject(projectId);
    }

    public ContractSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return contracts.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ContractSummary register(@NotNull UUID projectId, @NotNull @Valid ContractDetails details) {
        projects.requireOpen(projectId);
        SupplierContract contract = SupplierContract.register(projectId, details);
        contracts.add(contract);
        return stored(contract);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public ContractSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid ContractDetails details) {
        SupplierContract contract = contracts.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        contract.revise(details);
        return stored(contract);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        SupplierContract contract = contracts.get(projectId, id, expectedVersion);
        projects.requireOpen(projectId);
        contracts.remove(contract);
        contracts.flush();
    }

    /** The tenant's contracts that have not ended and end or reach their notice date within {@code days} days. */
    public List<ContractSummary> needingAttention(@Min(1) @Max(366) int days) {
        LocalDate today = LocalDate.now(clock);
        return contracts.needingAttention(today, today.plusDays(days));
    }

    private ContractSummary stored(SupplierContract contract) {
        contracts.flush();
        return contracts.view(contract.projectId(), contract.id()).orElseThrow(() -> new NotFoundException(WHAT, contract.id()));
    }
}
