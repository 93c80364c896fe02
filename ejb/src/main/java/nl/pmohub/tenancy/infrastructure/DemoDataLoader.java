package nl.pmohub.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.tenancy.application.CurrentTenant;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Registers the demo tenants (whose realms config/keycloak imports) and lets every context seed them.
 * Idempotent: a second start adds nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** The demo tenants: slug and organisation name, as in config/keycloak/*-realm.json. */
    static final List<List<String>> DEMO_TENANTS = List.of(
            List.of("acme", "Acme Bouw B.V.", "admin@acme.example"),
            List.of("globex", "Globex Zorg", "admin@globex.example"));

    @Inject
    DemoTenantRegistration registration;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    @Any
    Instance<DemoSeed> seeds;

    @ActivateRequestContext
    public void load() {
        for (List<String> tenant : DEMO_TENANTS) {
            registration.ensure(tenant.get(0), tenant.get(1), tenant.get(2));
            for (DemoSeed seed : seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList()) {
                currentTenant.callAs(tenant.get(0), () -> {
                    seed.seed(tenant.get(0));
                    return null;
                });
            }
        }
        LOG.info("Demo data present for " + DEMO_TENANTS.size() + " tenants");
    }
}
