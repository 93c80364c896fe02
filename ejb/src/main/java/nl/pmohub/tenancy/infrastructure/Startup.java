package nl.pmohub.tenancy.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.pmohub.shared.infrastructure.Settings;

/** After the schema is migrated: loads demo data when the environment asks for it ({@code PMOHUB_DEMO}). */
@Singleton
@jakarta.ejb.Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    @Inject
    DemoDataLoader demoData;

    @PostConstruct
    void start() {
        if (Settings.demoData()) {
            demoData.load();
        }
    }
}
