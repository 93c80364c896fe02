package nl.pmohub.it;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

/** A system property of the test server, set through its management API for as long as a test holds it. */
final class ServerProperty implements AutoCloseable {

    private final ModelNode address;

    private ServerProperty(String name) {
        this.address = Operations.createAddress("system-property", name);
    }

    static ServerProperty set(String name, String value) {
        ServerProperty property = new ServerProperty(name);
        ModelNode add = Operations.createAddOperation(property.address);
        add.get("value").set(value);
        property.execute(add);
        return property;
    }

    @Override
    public void close() {
        execute(Operations.createRemoveOperation(address));
    }

    private void execute(ModelNode operation) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(),
                Integer.getInteger("pmohub.management.port", 9990))) {
            ModelNode result = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException(operation + ": " + Operations.getFailureDescription(result));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
