package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register through the real API: a risk raised and reassessed (If-Match), its score the probability times the
 * highest impact, every change in its history, the register as it stood before a change, a heat-map cell narrowing the
 * register, the portfolio's heat map and top risks; bad input names its field; another tenant finds nothing.
 */
class RisksApiIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    static JsonObjectBuilder risk(String title, int probability, int impactTime) {
        return Json.createObjectBuilder().add("title", title).add("category", "EXTERNAL").add("cause", "Markt").add("effect", "Vertraging")
                .add("probability", probability).add("impactCost", 2).add("impactTime", impactTime).add("impactQuality", 1).add("impactReputation", 1)
                .add("owner", "Joost van den Berg").add("response", "MITIGATE").add("proximity", "WITHIN_MONTH").add("nextReview", TODAY.plusWeeks(2).toString());
    }

    @Test
    void aRiskIsScoredReassessedAndKeepsItsHistory() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("RK-")).getString("id");
        String risks = Projects.url("acme") + "/" + project + "/risks";

        Http.Reply raised = Http.post(risks, pm, risk("Vergunning komt te laat", 3, 5).build().toString());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().getInt("impact")).as("the highest impact counts").isEqualTo(5);
        assertThat(raised.json().getInt("score")).isEqualTo(15);
        assertThat(raised.json().getString("band")).isEqualTo("HIGH");
        String url = raised.header("Location");
        Http.post(risks, pm, risk("Leverancier valt uit", 2, 2).build().toString());

        assertThat(Http.put(url, pm, null, risk("Vergunning komt te laat", 4, 5).build().toString()).status()).as("without If-Match").isEqualTo(428);
        Http.Reply reassessed = Http.put(url, pm, raised.header("ETag"), risk("Vergunning komt te laat", 2, 5).add("owner", "Sophie de Wit").build().toString());
        assertThat(reassessed.status()).as(reassessed.toString()).isEqualTo(200);
        assertThat(reassessed.json().getInt("score")).isEqualTo(10);
        assertThat(Http.put(url, pm, raised.header("ETag"), risk("Vergunning komt te laat", 1, 5).build().toString()).status()).as("stale").isEqualTo(412);

        List<JsonObject> history = Http.get(url + "/history", pm).array().getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("what")).containsExactly("raised", "score 15 → 10; owner Joost van den Berg → Sophie de Wit");
        assertThat(history).extracting(h -> h.getInt("score")).containsExactly(15, 10);
        assertThat(Http.get(risks + "/as-of?date=" + TODAY.minusDays(1), pm).array()).as("nothing before today").isEmpty();
        assertThat(Http.get(risks + "/as-of?date=" + TODAY, pm).array().getValuesAs(JsonObject.class)).extracting(r -> r.getInt("score"))
                .containsExactly(10, 4);

        List<JsonObject> cell = Http.get(risks + "?probability=2&impact=5", pm).array().getValuesAs(JsonObject.class);
        assertThat(cell).extracting(r -> r.getString("title")).containsExactly("Vergunning komt te laat");
        assertThat(Http.get(risks + "/heat-map", pm).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getInt("probability") + "x" + c.getInt("impact") + "=" + c.getInt("count")).containsExactlyInAnyOrder("2x5=1", "2x2=1");
        assertThat(Http.get(Stack.API + "/t/acme/risks/heat-map", pm).array()).as("the portfolio's, demo risks too").hasSizeGreaterThan(3);
        List<JsonObject> top = Http.get(Stack.API + "/t/acme/risks/top?limit=10", pm).array().getValuesAs(JsonObject.class);
        assertThat(top).hasSize(10);
        assertThat(top.get(0).getInt("score")).isGreaterThanOrEqualTo(top.get(9).getInt("score"));
        assertThat(Http.get(Stack.API + "/t/acme/risks/reviews-overdue", pm).array()).as("demo risks with a review date passed").isNotEmpty();

        assertField(Http.post(risks, pm, risk("Te hoog", 6, 2).build().toString()), 400, "probability");
        assertField(Http.post(risks, pm, risk("", 2, 2).build().toString()), 400, "title");
        assertField(Http.post(risks, pm, risk("Half", 2, 2).add("residualProbability", 1).build().toString()), 409, "residualImpact");
        assertField(Http.post(risks, pm, risk("Soort", 2, 2).add("category", "WEATHER").build().toString()), 400, "category");
        assertThat(Http.post(risks, Http.token("acme", "viewer"), risk("Kijker", 2, 2).build().toString()).status()).isEqualTo(403);

        // an action of the response: planned (the history says so), then done with If-Match
        Http.Reply planned = Http.post(url + "/actions", pm, "{\"description\":\"Vooroverleg met de gemeente\",\"owner\":\"Sophie de Wit\",\"dueDate\":\""
                + TODAY.plusDays(10) + "\"}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertField(Http.post(url + "/actions", pm, "{\"description\":\"\",\"owner\":\"Sophie\",\"dueDate\":\"" + TODAY + "\"}"), 400, "description");
        Http.Reply done = Http.post(url + "/actions/" + planned.json().getString("id") + "/done", pm, planned.header("ETag"), "{\"done\":true}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().containsKey("doneAt")).isTrue();
        assertThat(Http.post(url + "/actions/" + planned.json().getString("id") + "/done", pm, planned.header("ETag"), "{\"done\":false}").status())
                .as("stale").isEqualTo(412);
        assertThat(Http.get(url + "/actions", pm).array()).hasSize(1);
        assertThat(Http.get(url + "/history", pm).array().getValuesAs(JsonObject.class)).extracting(h -> h.getString("what"))
                .contains("action planned: Vooroverleg met de gemeente");

        // the register as CSV, and an import that raises the valid rows and names every refusal
        Http.Reply csv = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(risks + "/csv")).header("Authorization", "Bearer " + pm).GET());
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("title,description,category").contains("Vergunning komt te laat", "Sophie de Wit");
        String rows = "title;category;probability;impactCost;impactTime;impactQuality;impactReputation;owner;response;proximity;nextReview\n"
                + "Sleutelfiguur vertrekt;ORGANISATIONAL;3;2;4;1;1;Sophie;MITIGATE;LATER;" + TODAY.plusWeeks(3) + "\n"
                + "Te grote kans;TECHNICAL;9;2;2;2;2;Sophie;ACCEPT;LATER;" + TODAY.plusWeeks(3) + "\n"
                + "Onleesbaar;WEATHER;2;2;2;2;2;;ACCEPT;LATER;morgen\n";
        Http.Reply imported = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(risks + "/import")).header("Authorization", "Bearer " + pm)
                .header("Content-Type", "text/csv").header("Accept", "application/json").header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(rows)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("rows")).isEqualTo(3);
        assertThat(imported.json().getInt("raised")).isEqualTo(1);
        assertThat(imported.json().getJsonArray("refused").getValuesAs(JsonObject.class)).extracting(r -> r.getInt("line") + ":" + r.getString("field"))
                .containsExactly("3:probability", "4:category", "4:nextReview", "4:owner");
        assertThat(Http.get(risks, pm).array().getValuesAs(JsonObject.class)).extracting(r -> r.getString("title")).contains("Sleutelfiguur vertrekt");

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(Projects.url("globex") + "/" + project + "/risks", globex).status()).isEqualTo(404);
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/risks/top", globex).array().getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getString("projectId").equals(project));
    }

    @Test
    void aRiskThatOccursBecomesAnIssueThatIsResolvedWithAResolution() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("IL-")).getString("id");
        String base = Projects.url("acme") + "/" + project;

        Http.Reply raised = Http.post(base + "/risks", pm, risk("Leverancier gaat failliet", 4, 4).build().toString());
        assertThat(Http.get(base + "/issues", pm).array()).as("an open risk is no issue").isEmpty();
        Http.Reply occurred = Http.put(raised.header("Location"), pm, raised.header("ETag"),
                risk("Leverancier gaat failliet", 4, 4).add("status", "OCCURRED").build().toString());
        assertThat(occurred.status()).as(occurred.toString()).isEqualTo(200);
        List<JsonObject> log = Http.get(base + "/issues", pm).array().getValuesAs(JsonObject.class);
        assertThat(log).hasSize(1);
        JsonObject issue = log.get(0);
        assertThat(issue.getString("riskId")).isEqualTo(raised.json().getString("id"));
        assertThat(issue.getString("title")).isEqualTo("Leverancier gaat failliet");
        assertThat(issue.getString("priority")).as("score 16: the high band").isEqualTo("HIGH");
        assertThat(issue.getString("kind")).isEqualTo("PROBLEM");
        Http.put(raised.header("Location"), pm, occurred.header("ETag"),
                risk("Leverancier gaat failliet", 3, 4).add("status", "OCCURRED").build().toString());
        assertThat(Http.get(base + "/issues", pm).array()).as("once per risk").hasSize(1);

        String url = base + "/issues/" + issue.getString("id");
        Http.Reply read = Http.get(url, pm);
        assertField(Http.post(url + "/resolve", pm, read.header("ETag"), "{\"resolution\":\" \"}"), 409, "resolution");
        assertThat(Http.post(url + "/resolve", pm, null, "{\"resolution\":\"Nieuwe leverancier\"}").status()).as("without If-Match").isEqualTo(428);
        Http.Reply resolved = Http.post(url + "/resolve", pm, read.header("ETag"), "{\"resolution\":\"Nieuwe leverancier gecontracteerd\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().getBoolean("open")).isFalse();
        assertThat(resolved.json().getString("resolvedOn")).isEqualTo(TODAY.toString());
        assertThat(Http.get(base + "/issues", pm).array()).as("resolved ones only on request").isEmpty();
        assertThat(Http.get(base + "/issues?resolved=true", pm).array()).hasSize(1);
        assertThat(Http.post(url + "/resolve", pm, read.header("ETag"), "{\"reopen\":true}").status()).as("stale").isEqualTo(412);

        Http.Reply change = Http.post(base + "/issues", pm, "{\"title\":\"Extra rapportage\",\"kind\":\"CHANGE_REQUEST\",\"priority\":\"LOW\",\"owner\":\"Sophie\"}");
        assertThat(change.status()).as(change.toString()).isEqualTo(201);
        assertField(Http.post(base + "/issues", pm, "{\"title\":\"Soort\",\"kind\":\"GOSSIP\",\"priority\":\"LOW\",\"owner\":\"Sophie\"}"), 400, "kind");
        assertField(Http.post(base + "/issues", pm, "{\"title\":\"\",\"kind\":\"PROBLEM\",\"priority\":\"LOW\",\"owner\":\"Sophie\"}"), 400, "title");
        assertThat(Http.post(base + "/issues", Http.token("acme", "viewer"), "{\"title\":\"Kijker\",\"kind\":\"PROBLEM\",\"priority\":\"LOW\",\"owner\":\"S\"}")
                .status()).isEqualTo(403);
        String globex = Http.token("globex", "pm");
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(base.replace("/t/acme/", "/t/globex/") + "/issues", globex).status()).isEqualTo(404);
    }
}
