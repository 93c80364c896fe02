package nl.pmohub.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The projects API end to end: real WildFly, PostgreSQL and Keycloak tokens. */
class ProjectApiIT extends EndToEnd {

    @Test
    void createReadUpdateCloseReopenDelete() {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("IT-");
        Http.Reply created = Http.post(Projects.url("acme"), pm, Projects.valid(code).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/t/acme/projects/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Http.Reply read = Http.get(Projects.url("acme") + "/" + id, pm);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("name")).isEqualTo("Project " + code);
        assertThat(read.json().getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo("125000.50");

        Http.Reply updated = Http.put(Projects.url("acme") + "/" + id, pm, read.header("ETag"),
                Projects.valid(code).add("name", "Renamed").add("status", "AMBER").build().toString());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("status")).isEqualTo("AMBER");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        Http.Reply closed = Http.post(Projects.url("acme") + "/" + id + "/close", pm, "");
        assertThat(closed.status()).as("close needs If-Match").isEqualTo(428);
        closed = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Projects.url("acme") + "/" + id + "/close"))
                .header("Authorization", "Bearer " + pm).header("If-Match", "\"1\"").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("phase")).isEqualTo("CLOSED");

        Http.Reply editClosed = Http.put(Projects.url("acme") + "/" + id, pm, closed.header("ETag"), Projects.valid(code).build().toString());
        assertThat(editClosed.status()).isEqualTo(409);
        assertThat(editClosed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("phase");

        Http.Reply reopened = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Projects.url("acme") + "/" + id + "/reopen"))
                .header("Authorization", "Bearer " + pm).header("If-Match", closed.header("ETag")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().getString("phase")).isEqualTo("ACTIVE");

        assertThat(Http.delete(Projects.url("acme") + "/" + id, pm, "\"0\"").status()).as("stale delete").isEqualTo(412);
        assertThat(Http.delete(Projects.url("acme") + "/" + id, pm, reopened.header("ETag")).status()).isEqualTo(204);
        assertThat(Http.get(Projects.url("acme") + "/" + id, pm).status()).isEqualTo(404);
    }

    @Test
    void staleIfMatchIsRefusedAndNothingIsWritten() {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("IT-");
        JsonObject project = Projects.create("acme", pm, code);
        String url = Projects.url("acme") + "/" + project.getString("id");

        assertThat(Http.put(url, pm, "\"0\"", Projects.valid(code).add("name", "First edit").build().toString()).status()).isEqualTo(200);
        Http.Reply second = Http.put(url, pm, "\"0\"", Projects.valid(code).add("name", "Second edit on stale copy").build().toString());
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Http.put(url, pm, null, Projects.valid(code).build().toString()).status()).as("If-Match missing").isEqualTo(428);

        assertThat(Http.get(url, pm).json().getString("name")).isEqualTo("First edit");
    }

    @Test
    void badInputIsA400NamingTheFieldsAndWritesNothing() {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("BAD-");

        assertProblem(Http.post(Projects.url("acme"), pm, "{\"code\": \"" + code + "\", "), null);
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).add("startDate", "next week").build().toString()), "startDate");
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).add("budget", "lots").build().toString()), "budget");
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).add("method", "WATERFALL").build().toString()), "method");
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).remove("name").build().toString()), "name");
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).add("name", "x".repeat(121)).build().toString()), "name");
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).add("endDate", "2026-01-01").build().toString()), "endDate");
        assertProblem(Http.post(Projects.url("acme"), pm, Projects.valid(code).add("budget", -1).build().toString()), "budget");
        assertProblem(Http.post(Projects.url("acme"), pm, ""), null);

        assertProblem(Http.get(Projects.url("acme") + "?page=-1", pm), "page");
        assertProblem(Http.get(Projects.url("acme") + "?size=0", pm), "size");
        assertProblem(Http.get(Projects.url("acme") + "?size=1000", pm), "size");
        assertProblem(Http.get(Projects.url("acme") + "?status=PURPLE", pm), "status");
        assertProblem(Http.get(Projects.url("acme") + "?sort=secret", pm), "sort");

        Http.Reply search = Http.get(Projects.url("acme") + "?q=" + code, pm);
        assertThat(search.json().getInt("total")).as("nothing written").isZero();
    }

    @Test
    void meNamesTheTokensUserAndItsRolesInThisOrganisationOnly() {
        Http.Reply me = Http.get(Stack.API + "/t/acme/me", Http.token("acme", "pmo"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("user")).isEqualTo("pmo");
        assertThat(me.json().getString("tenant")).isEqualTo("acme");
        assertThat(me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("pmo");

        assertThat(Http.get(Stack.API + "/t/globex/me", Http.token("acme", "pmo")).status()).as("another realm's token").isEqualTo(401);
        assertThat(Http.get(Stack.API + "/t/acme/me", null).status()).isEqualTo(401);
    }

    /** Problem texts come from the same bundles as the screens, in the language the client asks for. */
    @Test
    void problemsSpeakTheClientsLanguage() {
        String pm = Http.token("acme", "pm");
        String badMethod = Projects.valid(Stack.unique("NL-")).add("method", "WATERFALL").build().toString();
        String longName = Projects.valid(Stack.unique("NL-")).add("name", "x".repeat(121)).build().toString();
        Locale.LanguageRange dutch = new Locale.LanguageRange("nl-NL", 1.0);
        Locale.LanguageRange english = new Locale.LanguageRange("en", 0.5);

        Http.Reply inDutch = Http.post(Projects.url("acme"), pm, badMethod, dutch, english);
        assertField(inDutch, 400, "method");
        assertThat(inDutch.header("Content-Language")).isEqualTo("nl");
        assertThat(inDutch.json().getString("detail")).isEqualTo("Het verzoek bevat ongeldige velden.");
        assertThat(inDutch.body()).contains("moet een van [");
        assertThat(Http.post(Projects.url("acme"), pm, longName, dutch).body()).contains("moet 0 tot 120 tekens lang zijn");

        Http.Reply inEnglish = Http.post(Projects.url("acme"), pm, badMethod, new Locale.LanguageRange("de", 1.0), english);
        assertField(inEnglish, 400, "method");
        assertThat(inEnglish.json().getString("detail")).isEqualTo("The request has invalid fields.");
        assertThat(inEnglish.body()).contains("must be one of [");
    }

    @Test
    void duplicateCodeIsAConflict() {
        String pm = Http.token("acme", "pm");
        String code = Stack.unique("DUP-");
        Projects.create("acme", pm, code);
        Http.Reply again = Http.post(Projects.url("acme"), pm, Projects.valid(code.toLowerCase()).build().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
    }

    @Test
    void viewerReadsButCannotWrite() {
        String pm = Http.token("acme", "pm");
        String viewer = Http.token("acme", "viewer");
        JsonObject project = Projects.create("acme", pm, Stack.unique("VIEW-"));
        String url = Projects.url("acme") + "/" + project.getString("id");

        assertThat(Http.get(url, viewer).status()).isEqualTo(200);
        Http.Reply create = Http.post(Projects.url("acme"), viewer, Projects.valid(Stack.unique("VIEW-")).build().toString());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Http.put(url, viewer, "\"0\"", Projects.valid("X").build().toString()).status()).isEqualTo(403);
        assertThat(Http.delete(url, viewer, "\"0\"").status()).isEqualTo(403);
        assertThat(Http.delete(url, Http.token("acme", "pmo"), "\"0\"").status()).as("PMO officers do not delete").isEqualTo(403);
        assertThat(Http.get(url, pm).status()).isEqualTo(200);
    }

    @Test
    void listsPageSortAndFilterInTheDatabase() {
        String pm = Http.token("acme", "pm");
        String prefix = Stack.unique("PG");
        for (int i = 0; i < 5; i++) {
            Http.Reply r = Http.post(Projects.url("acme"), pm, Projects.valid(prefix + "-" + i).add("status", i % 2 == 0 ? "RED" : "GREEN")
                    .add("name", prefix + " project " + i).build().toString());
            assertThat(r.status()).isEqualTo(201);
        }
        JsonObject page = Http.get(Projects.url("acme") + "?q=" + prefix + "&size=2&page=1&sort=-code", pm).json();
        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo(prefix + "-2");
        assertThat(page.getJsonArray("items").getJsonObject(1).getString("code")).isEqualTo(prefix + "-1");

        JsonObject red = Http.get(Projects.url("acme") + "?q=" + prefix + "&status=red", pm).json();
        assertThat(red.getInt("total")).isEqualTo(3);
        assertThat(red.getJsonArray("items").getValuesAs(JsonObject.class)).allMatch(p -> p.getString("status").equals("RED"));
    }

    @Test
    void demoDataAndHealthAreThere() {
        String viewer = Http.token("globex", "viewer");
        JsonObject health = Http.get(Projects.url("globex") + "/health", viewer).json();
        assertThat(health.getInt("green") + health.getInt("amber") + health.getInt("red")).isPositive();
        int byMethod = health.getJsonObject("activeByMethod").values().stream()
                .mapToInt(counts -> counts.asJsonObject().values().stream().mapToInt(n -> ((jakarta.json.JsonNumber) n).intValue()).sum()).sum();
        assertThat(byMethod).isEqualTo(health.getInt("green") + health.getInt("amber") + health.getInt("red"));
        assertThat(Http.get(Projects.url("globex") + "?q=GLX-201", viewer).json().getJsonArray("items")).hasSize(1);
    }

    /** Readiness answers in MicroProfile Health's shape (not as problems), needs no token and says why. */
    private static final String READINESS = "/api/v1/health/ready";

    @Test
    void readinessIsUpWithTheDatabaseAndNeedsNoToken() {
        Http.Reply ready = Http.get(Stack.BASE_URL + READINESS, null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        JsonObject database = ready.json().getJsonArray("checks").getJsonObject(0);
        assertThat(database.getString("name")).isEqualTo("database");
        assertThat(database.getJsonObject("data").getBoolean("reachable")).isTrue();
        assertThat(database.getJsonObject("data").getBoolean("schemaMigrated")).isTrue();
    }

    @Test
    void openApiDescribesTheProjectsResource() {
        Http.Reply openapi = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.BASE_URL + "/openapi?format=JSON")));
        assertThat(openapi.status()).isEqualTo(200);
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/t/{tenant}/projects", "/api/v1/t/{tenant}/projects/{id}", "/api/v1/platform/tenants");
        JsonValue put = paths.getJsonObject("/api/v1/t/{tenant}/projects/{id}").get("put");
        assertThat(put.asJsonObject().getJsonObject("responses").keySet()).contains("412", "428");
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!java.util.Set.of("get", "put", "post", "delete", "patch").contains(method) || path.equals(READINESS)) {
                return;
            }
            JsonObject responses = operation.asJsonObject().getJsonObject("responses");
            assertThat(responses.keySet()).as(method + " " + path).contains("401", "403", "500");
            boolean ifMatch = operation.asJsonObject().containsKey("parameters") && operation.asJsonObject().getJsonArray("parameters")
                    .getValuesAs(JsonObject.class).stream().anyMatch(p -> "If-Match".equals(p.getString("name", "")));
            if (ifMatch) {
                assertThat(responses.keySet()).as(method + " " + path).contains("412", "428");
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(response.asJsonObject().getJsonObject("content").getJsonObject("application/problem+json")
                            .getJsonObject("schema").getString("$ref")).as(method + " " + path + " " + code).endsWith("/Problem");
                }
            });
        }));
        assertThat(paths.keySet()).as("the planning resources").contains("/api/v1/t/{tenant}/projects/{projectId}/stages/{id}/gate",
                "/api/v1/t/{tenant}/projects/{projectId}/deliverables/{id}/predecessors", "/api/v1/t/{tenant}/projects/{projectId}/sprints/{id}/review",
                "/api/v1/t/{tenant}/projects/{projectId}/velocity", "/api/v1/t/{tenant}/exceptions", "/api/v1/t/{tenant}/roadmap");
        assertThat(paths.keySet()).as("progress reports and budget baselines").contains("/api/v1/t/{tenant}/projects/{projectId}/reports/{id}/pdf",
                "/api/v1/t/{tenant}/projects/{projectId}/reports/{id}/approve", "/api/v1/t/{tenant}/reports/overdue",
                "/api/v1/t/{tenant}/projects/{projectId}/budget/baselines");
        assertThat(paths.getJsonObject("/api/v1/t/{tenant}/projects/{projectId}/stages/{id}/gate").getJsonObject("post").getString("description"))
                .contains("STOP closes the project");
    }

    private static void assertProblem(Http.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(400);
        if (field != null) {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(reply.toString()).anyMatch(e -> e.getString("field").equals(field));
        }
    }
}
