package nl.pmohub.marketplace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.FeeStatement;
import nl.pmohub.marketplace.domain.Professional;
import nl.pmohub.tenancy.application.TenantDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Engagements as both sides' services show them: people, projects and statements read in one query each, not one per engagement. */
@ApplicationScoped
public class EngagementSheets {

    @Inject
    FeeStatementRepository statements;

    @Inject
    FeeStatements fees;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    AgreementRepository agreements;

    @Inject
    TenantDirectory tenants;

    @Inject
    Clock clock;

    /** {@code withRunning}: the caller is in the client's tenant, so the running month's fee can be read from its approved hours. */
    List<EngagementSummary> summaries(List<Engagement> found, boolean withRunning) {
        Map<UUID, Professional> people = professionals.ofIds(found.stream().map(Engagement::professionalId).collect(Collectors.toSet()));
        Map<UUID, String> projects = agreements.projectNames(found.stream().map(Engagement::agreementId).toList());
        Map<UUID, List<FeeStatement>> issued = issuedOf(found);
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(e -> EngagementSummary.of(e, clientName(e.clientTenant()),
                Optional.ofNullable(people.get(e.professionalId())).map(p -> p.details().name()).orElse(""), projects.getOrDefault(e.agreementId(), ""),
                today, fees.lines(e, issued.getOrDefault(e.id(), List.of()), withRunning))).toList();
    }

    Map<UUID, List<FeeStatement>> issuedOf(List<Engagement> found) {
        return statements.ofEngagements(found.stream().map(Engagement::id).toList()).stream()
                .collect(Collectors.groupingBy(FeeStatement::engagementId));
    }

    private String clientName(String tenant) {
        return tenants.find(tenant).map(TenantDirectory.Entry::name).orElse(tenant);
    }
}
