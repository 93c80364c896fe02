package nl.pmohub.contracts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.pmohub.contracts.application.ContractRepository;
import nl.pmohub.contracts.application.ContractSummary;
import nl.pmohub.contracts.domain.SupplierContract;
import nl.pmohub.shared.infrastructure.ProjectRecordStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Supplier contracts of the current tenant: projections with their project's code. */
@ApplicationScoped
public class JpaContractRepository extends ProjectRecordStore<SupplierContract> implements ContractRepository {

    private static final String SUMMARY = """
            select new nl.pmohub.contracts.application.ContractSummary(c.id, c.projectId, p.code, c.supplier, c.kvkNumber, c.subject,
                c.value, c.startDate, c.endDate, c.noticeDays, c.owner, c.version)
            from SupplierContract c join Project p on p.id = c.projectId""";

    public JpaContractRepository() {
        super(SupplierContract.class, "Contract");
    }

    @Override
    public List<ContractSummary> ofProject(UUID projectId) {
        return em.createQuery(SUMMARY + " where c.projectId = :project order by c.endDate, c.supplier", ContractSummary.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public Optional<ContractSummary> view(UUID projectId, UUID id) {
        return em.createQuery(SUMMARY + " where c.projectId = :project and c.id = :id", ContractSummary.class)
                .setParameter("project", projectId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<ContractSummary> needingAttention(LocalDate today, LocalDate until) {
        return em.createQuery(SUMMARY + " where c.endDate >= :today and (c.endDate <= :until or c.noticeDate <= :until)"
                        + " order by c.noticeDate, c.endDate", ContractSummary.class)
                .setParameter("today", today).setParameter("until", until).getResultList();
    }

    @Override
    public BigDecimal committed(UUID projectId) {
        return em.createQuery("select coalesce(sum(c.value), 0) from SupplierContract c where c.projectId = :project", BigDecimal.class)
                .setParameter("project", projectId).getSingleResult();
    }
}
