package nl.pmohub.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server libraries the code compiles against ({@code provided}, pinned in the parent pom because
 * WildFly 39.0.1 has no BOM on Maven Central, docs/adr/0004) are the ones the provisioned WildFly runs:
 * after a WildFly upgrade this fails until the pins follow.
 */
class ProvidedVersionsTest {

    private static final Path MODULES = Path.of(System.getProperty("jboss.home", "../config/target/wildfly"), "modules");

    @Test
    void hibernateIsTheServers() throws IOException {
        assertThat(serverJar("hibernate-core-")).isEqualTo("hibernate-core-" + System.getProperty("version.hibernate") + ".jar");
    }

    @Test
    void elytronOidcIsTheServers() throws IOException {
        assertThat(serverJar("wildfly-elytron-http-oidc-"))
                .isEqualTo("wildfly-elytron-http-oidc-" + System.getProperty("version.wildfly-elytron") + ".jar");
    }

    @Test
    void undertowIsTheServers() throws IOException {
        assertThat(serverJar("undertow-servlet-")).isEqualTo("undertow-servlet-" + System.getProperty("version.undertow") + ".jar");
    }

    @Test
    void jacksonIsTheServers() throws IOException {
        assertThat(serverJar("jackson-databind-")).isEqualTo("jackson-databind-" + System.getProperty("version.jackson") + ".jar");
    }

    private static String serverJar(String prefix) throws IOException {
        assertThat(MODULES).as("the provisioned WildFly (mvn package in config)").isDirectory();
        try (Stream<Path> files = Files.walk(MODULES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix) && name.endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*.jar in " + MODULES));
        }
    }
}
