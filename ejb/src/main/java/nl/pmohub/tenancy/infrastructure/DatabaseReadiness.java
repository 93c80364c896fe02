package nl.pmohub.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.shared.application.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready once the schema is migrated (the migration runs at deployment, as the schema owner) and while the
 * application's database answers: with PostgreSQL down, readiness is DOWN (and the API answers 503 with
 * Retry-After) until it is back. The check borrows a pooled connection and asks it to validate itself.
 * Served at {@code /api/v1/health/ready}: not as a MicroProfile Health check, because WildFly registers none
 * of an EAR's modules (WFLY-12835), so the management port's {@code /health/ready} could not show it.
 */
@ApplicationScoped
public class DatabaseReadiness implements Readiness {

    private static final int VALIDATION_SECONDS = 2;

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = "java:jboss/datasources/PmoHubDS")
    DataSource database;

    @Override
    public Status status() {
        return new Status(migration.isDone(), reachable());
    }

    private boolean reachable() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
