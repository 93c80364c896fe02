package nl.pmohub.tenancy.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The second wall of tenant isolation: hands Hibernate connections on which PostgreSQL's row-level
 * security knows the tenant ({@code app.tenant_id}), so even native SQL that forgets the tenant sees only
 * the current tenant's rows; work without a tenant is marked as the platform's ({@link #PLATFORM}).
 * <p>
 * Inside a JTA transaction the setting is transaction-local ({@code set_config(…, true)}): commit or
 * rollback clears it, and the connection is not touched again on release (after commit that fails and
 * would leave a pooled connection with the previous tenant). Outside a transaction it is set for the
 * session and reset on release. See docs/adr/0002-tenant-isolation.md.
 */
public class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private static final String DATASOURCE = "java:jboss/datasources/PmoHubDS";
    private static final String SET_TENANT = "select set_config('app.tenant_id', ?, ?)";
    /**
     * What work without a tenant (the platform's pages and jobs) sets: no tenant's rows, and the marketplace's
     * client-owned records of every client (V18). Never a slug; '' and unset see nothing at all.
     */
    static final String PLATFORM = "*platform";

    private final Set<Connection> sessionWide = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile DataSource dataSource;
    private volatile TransactionSynchronizationRegistry transactions;

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        Connection connection = getAnyConnection();
        boolean transactionLocal = inTransaction();
        try {
            setTenant(connection, tenant == null || tenant.equals(TenantIdentifierResolver.NO_TENANT) ? PLATFORM : tenant, transactionLocal);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        if (!transactionLocal) {
            sessionWide.add(connection);
        }
        return connection;
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        try {
            if (sessionWide.remove(connection)) {
                setTenant(connection, TenantIdentifierResolver.NO_TENANT, false);
            }
        } finally {
            connection.close();
        }
    }

    private static void setTenant(Connection connection, String tenant, boolean transactionLocal) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, tenant);
            statement.setBoolean(2, transactionLocal);
            statement.execute();
        }
    }

    private boolean inTransaction() {
        return transactions().getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (isUnwrappableAs(type)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + type);
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            dataSource = lookup(DATASOURCE, DataSource.class);
        }
        return dataSource;
    }

    private TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            transactions = lookup("java:jboss/TransactionSynchronizationRegistry", TransactionSynchronizationRegistry.class);
        }
        return transactions;
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot look up " + name, e);
        }
    }
}
