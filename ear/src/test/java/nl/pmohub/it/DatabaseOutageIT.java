package nl.pmohub.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away while the application runs ({@link DatabaseLine} cuts the server's connections and
 * refuses new ones, as a stopped database does): readiness says DOWN and the API answers 503 problems with
 * Retry-After, never a 500; when the database is back, both recover without a restart.
 */
class DatabaseOutageIT extends EndToEnd {

    private static final String READINESS = Stack.BASE_URL + "/api/v1/health/ready";

    @Test
    void withoutTheDatabaseTheApiAnswers503AndReadinessIsDownUntilItIsBack() throws InterruptedException {
        String token = Http.token("acme", "pm");
        String projects = Projects.url("acme") + "?size=5";
        assertThat(Http.get(projects, token).status()).isEqualTo(200);

        DatabaseLine.cut();
        try {
            Http.Reply ready = Http.get(READINESS, null);
            assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
            assertThat(ready.header("Retry-After")).isNotBlank();
            assertThat(ready.json().getString("status")).isEqualTo("DOWN");
            assertThat(ready.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data").getBoolean("reachable")).isFalse();

            for (int attempt = 0; attempt < 3; attempt++) {   // the first meets a pooled connection the cut broke, later ones a refusal
                Http.Reply list = Http.get(projects, token);
                assertThat(list.status()).as(list.toString()).isEqualTo(503);
                assertThat(list.header("Content-Type")).startsWith("application/problem+json");
                assertThat(list.header("Retry-After")).isNotBlank();
            }
            Http.Reply create = Http.post(Projects.url("acme"), token, Projects.valid(Stack.unique("DOWN")).build().toString());
            assertThat(create.status()).as(create.toString()).isEqualTo(503);
        } finally {
            DatabaseLine.restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Http.get(READINESS, null).status() != 200) {
            assertThat(Instant.now()).as("readiness is UP again within 30 s").isBefore(deadline);
            Thread.sleep(250);
        }
        assertThat(Http.get(projects, token).status()).isEqualTo(200);
    }
}
