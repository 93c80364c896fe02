package nl.pmohub.marketplace.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.marketplace.domain.ClientContractTerms;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.MarketplaceContract;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.StaleVersionException;
import nl.pmohub.tenancy.application.CurrentTenant;
import nl.pmohub.tenancy.application.TenantDirectory;
import nl.pmohub.tenancy.application.TenantService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clients' contracts with the platform. Operators set each client's legal name, KvK number and fee percentage;
 * a client without one pays the default {@link Fee#DEFAULT_PERCENT}. Clients read their own.
 */
@Stateless
public class ClientContractService {

    static final String WHAT = "Contract";

    @Inject
    ClientContractRepository contracts;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantService registry;

    @Inject
    CurrentTenant tenant;

    @Resource
    SessionContext caller;

    /** Every client's contract (the default terms where none was set), by tenant. */
    @RolesAllowed(Roles.OPERATOR)
    public List<ClientContractSummary> all() {
        Map<String, MarketplaceContract> set = contracts.all().stream().collect(Collectors.toMap(MarketplaceContract::clientTenant, Function.identity()));
        return registry.list().stream().map(t -> summary(t.slug(), t.name(), set.get(t.slug()))).toList();
    }

    @RolesAllowed(Roles.OPERATOR)
    public ClientContractSummary set(@NotNull String tenantSlug, long expectedVersion, @NotNull @Valid ClientContractTerms terms) {
        TenantDirectory.Entry client = tenants.find(tenantSlug).orElseThrow(() -> new NotFoundException("Tenant", tenantSlug));
        MarketplaceContract contract = contracts.ofTenant(tenantSlug).orElse(null);
        if (contract == null) {
            contract = MarketplaceContract.of(tenantSlug, terms.legalName(), terms.kvkNumber(), terms.feePercent(), caller.getCallerPrincipal().getName());
            contracts.add(contract);
        } else {
            StaleVersionException.require(WHAT, contract.id(), expectedVersion, contract.version());
            contract.set(terms.legalName(), terms.kvkNumber(), terms.feePercent(), caller.getCallerPrincipal().getName());
        }
        contracts.flush();
        return summary(tenantSlug, client.name(), contract);
    }

    /** The current tenant's contract as its people see it. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
    public ClientContractSummary mine() {
        String slug = tenant.require();
        return summary(slug, tenants.find(slug).map(TenantDirectory.Entry::name).orElse(slug), contracts.ofTenant(slug).orElse(null));
    }

    /** The fee percentage the current tenant pays on agreements drawn up now. */
    @PermitAll
    public BigDecimal feePercent() {
        return contracts.ofTenant(tenant.require()).map(MarketplaceContract::feePercent).orElse(Fee.DEFAULT_PERCENT);
    }

    private static ClientContractSummary summary(String slug, String name, MarketplaceContract contract) {
        return contract == null
                ? new ClientContractSummary(slug, name, null, Fee.DEFAULT_PERCENT, false, null, 0)
                : new ClientContractSummary(slug, contract.legalName(), contract.kvkNumber(), contract.feePercent(), true, contract.setBy(), contract.version());
    }
}
