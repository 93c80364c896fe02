package nl.pmohub.it;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line between the test server and PostgreSQL: a TCP relay in the test JVM through which WildFly reaches
 * the database (failsafe points the server's {@code PMOHUB_DB_URL} at it). A test can take the database
 * away as an outage does — open connections break, new ones are refused — and give it back. Registered
 * before Arquillian, so the line is up before the server starts; it closes when the run ends.
 */
final class DatabaseLine implements BeforeAllCallback {

    private static final int PORT = Integer.getInteger("pmohub.test.db-line-port", 15432);
    private static final int DATABASE_PORT = 5432;
    private static volatile Relay relay;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(DatabaseLine.class, key -> {
            relay = new Relay();
            relay.open();
            return relay;
        }, Relay.class);
    }

    /** The database is gone: every open connection breaks and new ones are refused. */
    static void cut() {
        relay.cut();
    }

    /**
     * The database is back. The server's pool is flushed, so no connection broken by the cut is handed to a
     * later test (idle connections are otherwise only checked every few seconds).
     */
    static void restore() {
        relay.open();
        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(),
                Integer.getInteger("pmohub.management.port", 9990))) {
            ModelNode flush = Operations.createOperation("flush-all-connection-in-pool",
                    Operations.createAddress("subsystem", "datasources", "data-source", "PmoHubDS"));
            ModelNode result = client.execute(flush);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException("Cannot flush the pool: " + Operations.getFailureDescription(result));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static final class Relay implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile ServerSocket listener;

        synchronized void open() {
            if (listener != null) {
                return;
            }
            try {
                ServerSocket server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT));
                listener = server;
                daemon("database line", () -> accept(server));
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot open the database line on port " + PORT, failure);
            }
        }

        synchronized void cut() {
            close(listener);
            listener = null;
            open.forEach(Relay::close);
            open.clear();
        }

        @Override
        public void close() {
            cut();
        }

        private void accept(ServerSocket server) {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket database = new Socket(InetAddress.getLoopbackAddress(), DATABASE_PORT);
                    client.setTcpNoDelay(true);
                    database.setTcpNoDelay(true);
                    open.add(client);
                    open.add(database);
                    daemon("database line up", () -> pump(client, database));
                    daemon("database line down", () -> pump(database, client));
                } catch (IOException closedOrRefused) {
                    // the listener was closed by cut(), or PostgreSQL refused: the server sees a broken connection
                }
            }
        }

        private void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException broken) {
                // one side closed or was cut: close both below
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }

        private static void daemon(String name, Runnable work) {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        }

        private static void close(java.io.Closeable closeable) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
