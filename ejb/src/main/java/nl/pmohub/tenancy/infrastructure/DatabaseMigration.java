package nl.pmohub.tenancy.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the application serves anything. Runs as the schema owner
 * (its own non-JTA datasource); the application itself connects as a role that owns nothing and is
 * subject to row-level security. Migrations grant that role what it may do ({@code ${appRole}}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PmoHubMigrationDS")
    DataSource ownerDataSource;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", System.getProperty("pmohub.db.app-user", "pmohub_app")))
                .load()
                .migrate();
        LOG.info(() -> "Database at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run now)");
        done = true;
    }

    public boolean isDone() {
        return done;
    }
}
