package nl.pmohub.it;

import org.jboss.as.controller.client.ModelControllerClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.UndeployDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;

/**
 * Deploys the EAR once for the whole run of integration tests, not once per test class: a deployment
 * migrates the schema and loads the demo data (seconds each time), and every black-box test talks to the
 * same application over HTTP anyway. Arquillian still starts and stops the managed WildFly (it must run
 * before this extension: {@link EndToEnd} registers them in that order); the deployment lives in
 * JUnit's root store and is removed when the run ends, before Arquillian stops the server (the root
 * store closes its values in reverse order of insertion). A deployment left behind by an aborted run is
 * replaced, not deployed beside.
 */
final class DeployedOnce implements BeforeAllCallback {

    private static final String NAME = "pmohub.ear";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DeployedOnce.class, key -> deploy(), Deployed.class);
    }

    private static Deployed deploy() {
        try {
            ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(),
                    Integer.getInteger("pmohub.management.port", 9990));
            DeploymentManager deployments = DeploymentManager.Factory.create(client);
            Path ear = Path.of(System.getProperty("pmohub.ear", "target/pmohub.ear"));
            deployments.forceDeploy(Deployment.of(ear).setName(NAME)).assertSuccess();
            return new Deployed(client, deployments);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot deploy " + NAME + " to the test server", failure);
        }
    }

    /** The one deployment of the run; closing it undeploys the EAR. */
    private record Deployed(ModelControllerClient client, DeploymentManager deployments)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException {
            try (client) {
                deployments.undeploy(UndeployDescription.of(NAME).setFailOnMissing(false)).assertSuccess();
            }
        }
    }
}
