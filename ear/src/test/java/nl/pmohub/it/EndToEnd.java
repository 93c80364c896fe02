package nl.pmohub.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Black-box tests of the deployed application: the server reaches PostgreSQL through a line the tests can
 * cut ({@link DatabaseLine}), Arquillian starts the managed WildFly, the EAR as built
 * is deployed once for all test classes ({@link DeployedOnce}), and the tests talk to it over HTTP (and
 * a browser) as clients do.
 */
@ExtendWith({DatabaseLine.class, ArquillianExtension.class, DeployedOnce.class})
@RunAsClient
abstract class EndToEnd {

    /** The reply is an RFC 9457 problem with the given status that names the field. */
    static void assertField(Http.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).as(reply.toString())
                .anyMatch(e -> e.getString("field").equals(field));
    }
}
