package nl.pmohub.contracts.application;

import nl.pmohub.contracts.domain.SupplierContract;
import nl.pmohub.shared.application.ProjectRecords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Supplier contracts of the current tenant. */
public interface ContractRepository extends ProjectRecords<SupplierContract> {

    List<ContractSummary> ofProject(UUID projectId);

    Optional<ContractSummary> view(UUID projectId, UUID id);

    /** Contracts not ended by {@code today} whose notice date or end lies on or before {@code until}, soonest notice first. */
    List<ContractSummary> needingAttention(LocalDate today, LocalDate until);

    /** The sum of the project's contract values. */
    BigDecimal committed(UUID projectId);
}
