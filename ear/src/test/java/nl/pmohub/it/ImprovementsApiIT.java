package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDCA boards through the real API: a cycle started on a project's board goes round Plan → Do → Check → Act, Check
 * refused without a measured result and Act without a decision (409 problems naming the field), writes need If-Match
 * (428) with the current ETag (412), the next cycle starts from Act with the result as its baseline; the organisation's
 * board holds every cycle and cycles of its own; viewers only read; another tenant finds nothing; every endpoint is in
 * the OpenAPI document.
 */
class ImprovementsApiIT extends EndToEnd {

    static JsonObjectBuilder cycle(String title) {
        return Json.createObjectBuilder().add("title", title).add("problem", "Inkooporders wachten op een tweede handtekening")
                .add("kpi", "Doorlooptijd inkooporder").add("baseline", 12).add("target", 8).add("unit", "werkdagen")
                .add("owner", "Sophie de Wit").add("waste", "WAITING");
    }

    private static String phase(String phase) {
        return "{\"phase\":\"" + phase + "\"}";
    }

    @Test
    void aCycleGoesRoundTheBoardAndStartsItsNext() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("PD-")).getString("id");
        String board = Projects.url("acme") + "/" + project + "/improvements";

        Http.Reply started = Http.post(board, pm, cycle("Doorlooptijd verkorten").build().toString());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().getString("phase")).isEqualTo("PLAN");
        assertThat(started.json().getInt("number")).isEqualTo(1);
        assertThat(started.json().getString("projectId")).isEqualTo(project);
        String id = started.json().getString("id");
        String url = started.header("Location");
        assertThat(url).endsWith("/improvements/" + id);

        assertThat(Http.post(url + "/move", pm, null, phase("DO")).status()).as("without If-Match").isEqualTo(428);
        Http.Reply inDo = Http.post(url + "/move", pm, started.header("ETag"), phase("DO"));
        assertThat(inDo.status()).as(inDo.toString()).isEqualTo(200);
        assertThat(inDo.json().getString("phase")).isEqualTo("DO");
        assertThat(Http.post(url + "/move", pm, started.header("ETag"), phase("PLAN")).status()).as("stale").isEqualTo(412);

        Http.Reply unmeasured = Http.post(url + "/move", pm, inDo.header("ETag"), phase("CHECK"));
        assertField(unmeasured, 409, "result");
        assertThat(unmeasured.json().getString("detail")).contains("measured result");
        assertField(Http.post(url + "/move", pm, inDo.header("ETag"), phase("ACT")), 409, "phase");
        assertField(Http.post(url + "/move", pm, inDo.header("ETag"), phase("SIDEWAYS")), 400, "phase");
        assertThat(Http.get(url, pm).json().getString("phase")).as("the card stayed").isEqualTo("DO");

        Http.Reply measured = Http.put(url, pm, inDo.header("ETag"), cycle("Doorlooptijd verkorten").add("result", 9.5)
                .add("resultNote", "Vier weken gemeten").build().toString());
        assertThat(measured.status()).as(measured.toString()).isEqualTo(200);
        assertThat(measured.json().getInt("progress")).as("2.5 of the 4 days to go").isEqualTo(63);
        assertThat(measured.json().getBoolean("achieved")).isFalse();
        Http.Reply inCheck = Http.post(url + "/move", pm, measured.header("ETag"), phase("CHECK"));
        assertThat(inCheck.status()).as(inCheck.toString()).isEqualTo(200);
        assertField(Http.put(url, pm, inCheck.header("ETag"), cycle("Doorlooptijd verkorten").build().toString()), 409, "result");

        assertField(Http.post(url + "/move", pm, inCheck.header("ETag"), phase("ACT")), 409, "decision");
        Http.Reply decided = Http.put(url, pm, inCheck.header("ETag"), cycle("Doorlooptijd verkorten").add("result", 9.5)
                .add("decision", "ADAPT").add("rationale", "Mandaat verder verlagen").build().toString());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        Http.Reply inAct = Http.post(url + "/move", pm, decided.header("ETag"), phase("ACT"));
        assertThat(inAct.status()).as(inAct.toString()).isEqualTo(200);

        assertThat(Http.post(url + "/next-cycle", pm, null, "{}").status()).as("without If-Match").isEqualTo(428);
        Http.Reply next = Http.post(url + "/next-cycle", pm, inAct.header("ETag"), "{}");
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        JsonObject second = next.json();
        assertThat(second.getInt("number")).isEqualTo(2);
        assertThat(second.getString("phase")).isEqualTo("PLAN");
        assertThat(second.getString("previousCycleId")).isEqualTo(id);
        assertThat(second.getJsonNumber("baseline").bigDecimalValue()).as("the measured result").isEqualByComparingTo("9.5");
        assertThat(second.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo("8");
        assertThat(second.getString("kpi")).isEqualTo("Doorlooptijd inkooporder");
        assertThat(next.header("Location")).endsWith("/improvements/" + second.getString("id"));
        JsonObject first = Http.get(url, pm).json();
        assertThat(first.getString("phase")).isEqualTo("DONE");
        assertField(Http.post(url + "/move", pm, "\"" + first.getInt("version") + "\"", phase("ACT")), 409, "phase");
        assertField(Http.post(url + "/next-cycle", pm, "\"" + first.getInt("version") + "\"", "{}"), 409, "phase");

        List<JsonObject> kpi = Http.get(Stack.API + "/t/acme/improvements/" + second.getString("id") + "/cycles", pm).array()
                .getValuesAs(JsonObject.class);
        assertThat(kpi).as("the KPI over the cycles, from either cycle").extracting(c -> c.getInt("number")).containsExactly(1, 2);
        assertThat(kpi.get(0).getJsonNumber("result").bigDecimalValue()).isEqualByComparingTo("9.5");
        assertThat(Http.get(url + "/cycles", pm).array()).hasSize(2);

        List<JsonObject> moves = Http.get(url + "/history", pm).array().getValuesAs(JsonObject.class);
        assertThat(moves).extracting(m -> m.getString("to")).containsExactly("PLAN", "DO", "CHECK", "ACT", "DONE");
        assertThat(moves.get(0).containsKey("from")).as("started").isFalse();
        assertThat(moves).allMatch(m -> m.getString("movedBy").equals("pm"));

        List<JsonObject> cards = Http.get(board, pm).array().getValuesAs(JsonObject.class);
        assertThat(cards).extracting(c -> c.getString("id")).containsExactlyInAnyOrder(id, second.getString("id"));
        assertThat(Http.get(board + "?waste=DEFECTS", pm).array()).isEmpty();
        assertField(Http.get(board + "?waste=RUST", pm), 400, "waste");
        List<JsonObject> tenantBoard = Http.get(Stack.API + "/t/acme/improvements", pm).array().getValuesAs(JsonObject.class);
        assertThat(tenantBoard).extracting(c -> c.getString("id")).contains(id, second.getString("id"));
        assertThat(tenantBoard).as("demo cycles of the organisation").anyMatch(c -> !c.containsKey("projectId"));

        assertField(Http.post(board, pm, cycle("").build().toString()), 400, "title");
        assertField(Http.post(board, pm, cycle("Gelijk").add("target", 12).build().toString()), 409, "target");
        assertField(Http.post(board, pm, cycle("Soort").add("waste", "RUST").build().toString()), 400, "waste");
        assertField(Http.put(url, pm, "\"" + first.getInt("version") + "\"", cycle("Besluit").add("result", 9).add("decision", "MAYBE").build().toString()),
                400, "decision");

        String viewer = Http.token("acme", "viewer");
        assertThat(Http.get(board, viewer).status()).isEqualTo(200);
        assertThat(Http.post(board, viewer, cycle("Kijker").build().toString()).status()).isEqualTo(403);
        assertThat(Http.post(Stack.API + "/t/acme/improvements/" + second.getString("id") + "/move", viewer, "\"0\"", phase("DO")).status())
                .isEqualTo(403);
    }

    @Test
    void theOrganisationsBoardHoldsCyclesOfItsOwn() {
        String pmo = Http.token("acme", "pmo");
        String tenantBoard = Stack.API + "/t/acme/improvements";
        Http.Reply started = Http.post(tenantBoard, pmo, cycle(Stack.unique("Rapportages bundelen ")).add("waste", "OVERPRODUCTION").build().toString());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().containsKey("projectId")).as("no project").isFalse();
        String id = started.json().getString("id");
        assertThat(started.header("Location")).isEqualTo(tenantBoard + "/" + id);

        Http.Reply moved = Http.post(tenantBoard + "/" + id + "/move", pmo, started.header("ETag"), phase("DO"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(Http.get(tenantBoard + "?waste=OVERPRODUCTION", pmo).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).contains(id);

        String project = Http.get(Projects.url("acme") + "?q=ACM-101", pmo).json().getJsonArray("items").getJsonObject(0).getString("id");
        String projectBoard = Projects.url("acme") + "/" + project + "/improvements";
        assertThat(Http.get(projectBoard + "/" + id, pmo).status()).as("not on a project's board").isEqualTo(404);
        assertThat(Http.get(projectBoard, pmo).array().getValuesAs(JsonObject.class)).as("demo cycles of ACM-101")
                .isNotEmpty().allMatch(c -> c.getString("projectId").equals(project)).noneMatch(c -> c.getString("id").equals(id));
        JsonObject demo = Http.get(projectBoard, pmo).array().getValuesAs(JsonObject.class).get(0);
        assertThat(Http.get(tenantBoard + "/" + demo.getString("id"), pmo).status()).as("a project's cycle is on the organisation's board")
                .isEqualTo(200);
    }

    @Test
    void anotherTenantFindsNothing() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("PX-")).getString("id");
        Http.Reply started = Http.post(Projects.url("acme") + "/" + project + "/improvements", pm, cycle("Eigen cyclus").build().toString());
        String id = started.json().getString("id");

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(Projects.url("globex") + "/" + project + "/improvements", globex).status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/improvements/" + id, globex).status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/improvements/" + id + "/cycles", globex).status()).isEqualTo(404);
        assertThat(Http.post(Stack.API + "/t/globex/improvements/" + id + "/move", globex, started.header("ETag"), phase("DO")).status())
                .isEqualTo(404);
        assertThat(Http.put(Stack.API + "/t/globex/improvements/" + id, globex, started.header("ETag"), cycle("Gekaapt").build().toString())
                .status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/improvements", globex).array().getValuesAs(JsonObject.class))
                .isNotEmpty().noneMatch(c -> c.getString("id").equals(id));
        assertThat(Http.get(Stack.API + "/t/globex/improvements", pm).status()).as("acme's token on globex's URL").isEqualTo(401);
        assertThat(Http.get(Stack.API + "/t/acme/improvements/" + id, pm).json().getString("title")).isEqualTo("Eigen cyclus");
    }

    @Test
    void everyEndpointIsInTheOpenApiDocument() {
        Http.Reply openapi = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.BASE_URL + "/openapi?format=JSON")));
        JsonObject paths = openapi.json().getJsonObject("paths");
        for (String board : List.of("/api/v1/t/{tenant}/projects/{projectId}/improvements", "/api/v1/t/{tenant}/improvements")) {
            assertThat(paths.getJsonObject(board).keySet()).as(board).contains("get", "post");
            assertThat(paths.getJsonObject(board + "/{id}").keySet()).as(board).contains("get", "put");
            for (String action : List.of("/{id}/move", "/{id}/next-cycle")) {
                JsonObject post = paths.getJsonObject(board + action).getJsonObject("post");
                assertThat(post.getJsonObject("responses").keySet()).as(board + action).contains("409", "412", "428");
            }
            assertThat(paths.getJsonObject(board + "/{id}/history").keySet()).contains("get");
            assertThat(paths.getJsonObject(board + "/{id}/cycles").keySet()).contains("get");
        }
        for (String write : List.of("/api/v1/t/{tenant}/improvements", "/api/v1/t/{tenant}/improvements/{id}/move",
                "/api/v1/t/{tenant}/projects/{projectId}/improvements/{id}/move")) {
            JsonObject operation = paths.getJsonObject(write).getJsonObject("post");
            JsonValue body = operation.get("requestBody");
            assertThat(body).as(write + " has a body: " + operation).isNotNull();
        }
    }
}
