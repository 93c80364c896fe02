package nl.pmohub.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready once the schema is migrated (the migration runs at deployment, as the schema owner) and while the
 * application's database answers: with PostgreSQL down, readiness is DOWN (and the API answers 503 with
 * Retry-After) until it is back. The check borrows a pooled connection and asks it to validate itself.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_SECONDS = 2;

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = "java:jboss/datasources/PmoHubDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = reachable();
        return HealthCheckResponse.named("database").withData("schemaMigrated", migration.isDone()).withData("reachable", reachable)
                .status(migration.isDone() && reachable).build();
    }

    private boolean reachable() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
