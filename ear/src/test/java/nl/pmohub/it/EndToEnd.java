package nl.pmohub.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests of the deployed application: Arquillian deploys the EAR as built to the managed
 * WildFly, the tests talk to it over HTTP (and a browser) as clients do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class EndToEnd {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Stack.ear();
    }
}
