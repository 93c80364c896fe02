package nl.pmohub.contracts.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.contracts.domain.ContractDetails;
import nl.pmohub.contracts.domain.SupplierContract;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Two supplier contracts per active demo project: a main contract for the whole project (a fifth of its
 * budget, three months' notice) and a smaller one that ends some weeks from today, so the dashboard has
 * contracts to flag. Does nothing when the tenant has contracts already.
 */
@Stateless
public class ContractsDemoData extends DemoSeedOnce implements DemoSeed {

    private record Supplier(String name, String kvk, String subject) {
    }

    private static final List<Supplier> SUPPLIERS = List.of(
            new Supplier("Installatiebedrijf Van Dam B.V.", "30123456", "W- en E-installaties"),
            new Supplier("Bouwmaterialen Midden B.V.", "32045678", "Levering bouwmaterialen"),
            new Supplier("Interim Adviesgroep Utrecht", "61234567", "Projectbeheersing en advies"),
            new Supplier("Geodata Nederland B.V.", "27098765", "Maatvoering en inmeting"),
            new Supplier("SoftBouw Licenties B.V.", "34567890", "Licenties planningssoftware"));

    @Inject
    ProjectPort portfolio;

    public ContractsDemoData() {
        super("SupplierContract", 5);
    }

    @Override
    protected void seedEmpty(String tenant) {
        LocalDate today = LocalDate.now(clock);
        List<ProjectSummary> projects = portfolio.active();
        for (int i = 0; i < projects.size(); i++) {
            ProjectSummary project = projects.get(i);
            BigDecimal budget = project.budget() == null ? BigDecimal.valueOf(100_000) : project.budget();
            Supplier main = SUPPLIERS.get(i % SUPPLIERS.size());
            em.persist(SupplierContract.register(project.id(), new ContractDetails(main.name(), main.kvk(), main.subject(),
                    budget.divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP), project.startDate(), project.endDate(), 90, project.manager())));
            Supplier extra = SUPPLIERS.get((i + 2) % SUPPLIERS.size());
            LocalDate end = today.plusDays(20L + 9L * i);
            if (end.isAfter(project.startDate())) {
                em.persist(SupplierContract.register(project.id(), new ContractDetails(extra.name(), extra.kvk(), extra.subject(),
                        budget.divide(BigDecimal.valueOf(40), 2, RoundingMode.HALF_UP), project.startDate(), end, 30, project.manager())));
            }
        }
    }
}
