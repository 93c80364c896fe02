package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Prince2 stages with tolerances and gates, deliverables with dependencies, through the real API. */
class PlanningApiIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    /** A Prince2 project from two months ago to a year ahead. */
    private static String prince2Project(String tenant, String pm) {
        Http.Reply created = Http.post(Projects.url(tenant), pm, Projects.valid(Stack.unique("P2-"))
                .add("startDate", TODAY.minusMonths(2).toString()).add("endDate", TODAY.plusYears(1).toString()).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static String url(String tenant, String projectId, String what) {
        return Projects.url(tenant) + "/" + projectId + "/" + what;
    }

    private static JsonObjectBuilder stage(String kind, String name, LocalDate start, LocalDate end) {
        return Json.createObjectBuilder().add("kind", kind).add("name", name).add("startDate", start.toString())
                .add("endDate", end.toString()).add("timeToleranceDays", 10).add("budget", 100000).add("costTolerancePercent", 10);
    }

    private static JsonObjectBuilder gate(String decision) {
        return Json.createObjectBuilder().add("decision", decision).add("decidedBy", "Stuurgroep")
                .add("documents", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "PROGRESS_REPORT").add("title", "Eindfaserapport"))
                        .add(Json.createObjectBuilder().add("kind", "RISK_REGISTER").add("title", "Risicolog").add("reference", "DMS-118"))
                        .add(Json.createObjectBuilder().add("kind", "BUDGET").add("title", "Budget")));
    }

    private static JsonObjectBuilder deliverable(String name, LocalDate start, LocalDate end) {
        return Json.createObjectBuilder().add("name", name).add("startDate", start.toString()).add("endDate", end.toString());
    }

    @Test
    void stagesDoNotOverlapAndAGateMovesTheProjectOn() {
        String pm = Http.token("acme", "pm");
        String project = prince2Project("acme", pm);
        String stages = url("acme", project, "stages");
        Http.Reply initiation = Http.post(stages, pm, stage("INITIATION", "Initiatie", TODAY.minusMonths(2), TODAY.minusDays(1)).build().toString());
        assertThat(initiation.status()).as(initiation.toString()).isEqualTo(201);
        assertThat(initiation.json().getString("status")).as("the first stage runs at once").isEqualTo("ACTIVE");
        Http.Reply delivery = Http.post(stages, pm, stage("DELIVERY", "Levering 1", TODAY, TODAY.plusMonths(4)).build().toString());
        assertThat(delivery.json().getString("status")).isEqualTo("PLANNED");

        assertField(Http.post(stages, pm, stage("DELIVERY", "Overlap", TODAY.plusMonths(3), TODAY.plusMonths(5)).build().toString()), 400, "startDate");
        assertField(Http.post(stages, pm, stage("DELIVERY", "Outside", TODAY.plusMonths(6), TODAY.plusYears(2)).build().toString()), 400, "startDate");
        assertField(Http.post(stages, pm, stage("DELIVERY", "Backwards", TODAY.plusMonths(6), TODAY.plusMonths(5)).build().toString()), 400, "endDate");
        assertField(Http.post(stages, pm, stage("SOMETHING", "Kind", TODAY.plusMonths(6), TODAY.plusMonths(7)).build().toString()), 400, "kind");
        assertThat(Http.get(stages, pm).array()).as("nothing written by refused requests").hasSize(2);

        String initiationUrl = stages + "/" + initiation.json().getString("id");
        String deliveryUrl = stages + "/" + delivery.json().getString("id");
        assertField(Http.post(initiationUrl + "/gate", pm, initiation.header("ETag"), Json.createObjectBuilder().add("decision", "GO").add("decidedBy", "Board")
                .add("documents", Json.createArrayBuilder()).build().toString()), 400, "documents");
        assertField(Http.post(initiationUrl + "/gate", pm, initiation.header("ETag"), gate("GO_WITH_CONDITIONS").build().toString()), 400, "conditions");
        assertThat(Http.post(deliveryUrl + "/gate", pm, delivery.header("ETag"), gate("GO").build().toString()).status())
                .as("a planned stage has no gate yet").isEqualTo(409);

        Http.Reply decided = Http.post(initiationUrl + "/gate", pm, initiation.header("ETag"), gate("GO_WITH_CONDITIONS").add("conditions", "Bodemonderzoek eerst")
                .build().toString());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().getJsonArray("documents")).hasSize(3);

        JsonArray after = Http.get(stages, Http.token("acme", "viewer")).array();
        assertThat(after.getJsonObject(0).getString("status")).isEqualTo("CLOSED");
        assertThat(after.getJsonObject(0).getString("gateDecision")).isEqualTo("GO_WITH_CONDITIONS");
        assertThat(after.getJsonObject(1).getString("status")).as("go starts the next stage").isEqualTo("ACTIVE");
        JsonObject record = Http.get(initiationUrl + "/gate", pm).json();
        assertThat(record.getString("conditions")).isEqualTo("Bodemonderzoek eerst");
        assertThat(record.getJsonArray("documents").getJsonObject(1).getString("reference")).isEqualTo("DMS-118");

        Http.Reply stop = Http.post(deliveryUrl + "/gate", pm, "\"" + after.getJsonObject(1).getInt("version") + "\"", gate("STOP").build().toString());
        assertThat(stop.status()).as(stop.toString()).isEqualTo(201);
        assertThat(Http.get(Projects.url("acme") + "/" + project, pm).json().getString("phase")).as("stop closes the project").isEqualTo("CLOSED");
    }

    @Test
    void aStageBeyondItsToleranceIsAnExceptionUntilRebaselined() {
        String pm = Http.token("acme", "pm");
        String project = prince2Project("acme", pm);
        String stages = url("acme", project, "stages");
        String name = Stack.unique("Late stage ");
        Http.Reply created = Http.post(stages, pm, stage("INITIATION", name, TODAY.minusDays(20), TODAY.plusDays(30)).build().toString());
        String stageUrl = stages + "/" + created.json().getString("id");

        Http.Reply withinTolerance = Http.put(stageUrl, pm, created.header("ETag"),
                stage("INITIATION", name, TODAY.minusDays(20), TODAY.plusDays(40)).build().toString());
        assertThat(withinTolerance.json().getJsonArray("breaches")).isEmpty();
        Http.Reply late = Http.put(stageUrl, pm, withinTolerance.header("ETag"),
                stage("INITIATION", name, TODAY.minusDays(20), TODAY.plusDays(41)).add("forecastCost", 120000).build().toString());
        assertThat(late.json().getInt("slippageDays")).isEqualTo(11);
        assertThat(late.json().getJsonArray("breaches").getValuesAs(Object::toString)).containsExactlyInAnyOrder("\"TIME\"", "\"COST\"");
        assertThat(Http.put(stageUrl, pm, created.header("ETag"), stage("INITIATION", name, TODAY, TODAY).build().toString()).status())
                .as("stale ETag").isEqualTo(412);

        List<JsonObject> exceptions = Http.get(Stack.API + "/t/acme/exceptions", pm).array().getValuesAs(JsonObject.class);
        assertThat(exceptions).anyMatch(e -> e.getString("stageName").equals(name) && e.getJsonArray("breaches").size() == 2);

        Http.Reply rebaselined = Http.post(stageUrl + "/baseline", pm, late.header("ETag"), "");
        assertThat(rebaselined.status()).as(rebaselined.toString()).isEqualTo(200);
        assertThat(rebaselined.json().getJsonArray("breaches").getValuesAs(Object::toString)).containsExactly("\"COST\"");
        assertThat(Http.get(Stack.API + "/t/globex/exceptions", Http.token("globex", "pm")).array().getValuesAs(JsonObject.class))
                .as("another tenant's exceptions list").noneMatch(e -> e.getString("stageName").equals(name));
    }

    @Test
    void aMilestoneOrDeliverableMustLieWithinItsStage() {
        String pm = Http.token("acme", "pm");
        String project = prince2Project("acme", pm);
        Http.Reply stage = Http.post(url("acme", project, "stages"), pm,
                stage("INITIATION", "Initiatie", TODAY.minusMonths(1), TODAY.plusMonths(1)).build().toString());
        String stageId = stage.json().getString("id");
        JsonObjectBuilder outside = Json.createObjectBuilder().add("name", "Buiten de fase").add("plannedDate", TODAY.plusMonths(3).toString())
                .add("stageId", stageId);
        assertField(Http.post(url("acme", project, "milestones"), pm, outside.build().toString()), 400, "plannedDate");
        assertField(Http.post(url("acme", project, "deliverables"), pm, deliverable("Te lang", TODAY, TODAY.plusMonths(2))
                .add("stageId", stageId).build().toString()), 400, "startDate");
        assertThat(Http.get(url("acme", project, "milestones"), pm).array()).isEmpty();

        Http.Reply inside = Http.post(url("acme", project, "milestones"), pm, Json.createObjectBuilder().add("name", "PID")
                .add("plannedDate", TODAY.plusDays(10).toString()).add("stageId", stageId).build().toString());
        assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
        assertField(Http.put(url("acme", project, "stages") + "/" + stageId, pm, stage.header("ETag"),
                stage("INITIATION", "Initiatie", TODAY.minusMonths(1), TODAY.plusDays(5)).build().toString()), 400, "endDate");
    }

    @Test
    void dependenciesRefuseCyclesAndFlagAPlanThatIgnoresThem() {
        String pm = Http.token("acme", "pm");
        String project = prince2Project("acme", pm);
        String deliverables = url("acme", project, "deliverables");
        String design = Http.post(deliverables, pm, deliverable("Ontwerp", TODAY, TODAY.plusDays(30)).build().toString()).json().getString("id");
        String permit = Http.post(deliverables, pm, deliverable("Vergunning", TODAY.plusDays(31), TODAY.plusDays(60)).build().toString()).json().getString("id");
        String build = Http.post(deliverables, pm, deliverable("Bouw", TODAY.plusDays(40), TODAY.plusDays(120)).build().toString()).json().getString("id");

        Http.Reply linked = Http.post(deliverables + "/" + permit + "/predecessors", pm, "{\"predecessorId\":\"" + design + "\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().getBoolean("dependencyConflict")).isFalse();
        Http.Reply conflicting = Http.post(deliverables + "/" + build + "/predecessors", pm, "{\"predecessorId\":\"" + permit + "\"}");
        assertThat(conflicting.json().getBoolean("dependencyConflict")).as("starts before its predecessor ends").isTrue();

        assertField(Http.post(deliverables + "/" + design + "/predecessors", pm, "{\"predecessorId\":\"" + build + "\"}"), 400, "predecessorId");
        assertField(Http.post(deliverables + "/" + design + "/predecessors", pm, "{\"predecessorId\":\"" + design + "\"}"), 400, "predecessorId");
        JsonObject designNow = Http.get(deliverables, pm).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("id").equals(design)).findFirst().orElseThrow();
        assertThat(designNow.getJsonArray("predecessorIds")).as("the refused cycle wrote nothing").isEmpty();

        JsonObject buildNow = Http.get(deliverables, pm).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("id").equals(build)).findFirst().orElseThrow();
        Http.Reply moved = Http.put(deliverables + "/" + build, pm, "\"" + buildNow.getInt("version") + "\"",
                deliverable("Bouw", TODAY.plusDays(61), TODAY.plusDays(130)).build().toString());
        assertThat(moved.json().getBoolean("dependencyConflict")).isFalse();
        assertThat(moved.json().getInt("slippageDays")).isEqualTo(10);
        assertField(Http.post(deliverables, pm, deliverable("Ver weg", TODAY, TODAY.plusYears(3)).build().toString()), 400, "startDate");
        assertField(Http.post(deliverables, pm, deliverable("Te veel", TODAY, TODAY.plusDays(3)).add("percentComplete", 101).build().toString()), 400, "percentComplete");
    }

    @Test
    void theRoadmapListsActiveProjectsWithTheirPlansAndNothingOfAnotherTenant() {
        String pm = Http.token("acme", "pmo");
        List<JsonObject> all = Http.get(Stack.API + "/t/acme/roadmap", pm).array().getValuesAs(JsonObject.class);
        JsonObject acm101 = all.stream().filter(p -> p.getString("code").equals("ACM-101")).findFirst().orElseThrow();
        assertThat(acm101.getJsonArray("stages")).hasSize(5);
        assertThat(acm101.getJsonArray("stages").getValuesAs(JsonObject.class))
                .anyMatch(s -> s.getString("status").equals("ACTIVE") && s.getJsonArray("breaches").size() > 0);
        assertThat(acm101.getJsonArray("milestones")).isNotEmpty();
        assertThat(all).noneMatch(p -> p.getString("code").startsWith("GLX-")).noneMatch(p -> p.getString("code").equals("ACM-111"));
        List<JsonObject> scrum = Http.get(Stack.API + "/t/acme/roadmap?method=scrum", pm).array().getValuesAs(JsonObject.class);
        assertThat(scrum).allMatch(p -> p.getString("method").equals("SCRUM"));
        assertThat(scrum.stream().filter(p -> p.getString("code").equals("ACM-103")).findFirst().orElseThrow().getJsonArray("sprints")
                .getValuesAs(JsonObject.class)).as("the demo's sprints 1–8").hasSize(8).anyMatch(s -> s.getString("status").equals("ACTIVE"));
        assertField(Http.get(Stack.API + "/t/acme/roadmap?method=waterfall", pm), 400, "method");
    }

    @Test
    void anotherTenantsStagesAndDeliverablesStayInvisible() {
        String globexPm = Http.token("globex", "pm");
        String project = prince2Project("globex", globexPm);
        Http.Reply stage = Http.post(url("globex", project, "stages"), globexPm,
                stage("INITIATION", "Globex geheim", TODAY.minusDays(5), TODAY.plusDays(5)).build().toString());
        Http.Reply deliverable = Http.post(url("globex", project, "deliverables"), globexPm,
                deliverable("Globex product", TODAY, TODAY.plusDays(3)).build().toString());
        assertThat(stage.status()).isEqualTo(201);
        assertThat(deliverable.status()).isEqualTo(201);

        String acmePm = Http.token("acme", "pm");
        assertThat(Http.get(url("acme", project, "stages"), acmePm).status()).isEqualTo(404);
        assertThat(Http.get(url("acme", project, "deliverables"), acmePm).status()).isEqualTo(404);
        assertThat(Http.put(url("acme", project, "stages") + "/" + stage.json().getString("id"), acmePm, "\"0\"",
                stage("INITIATION", "hijack", TODAY, TODAY).build().toString()).status()).isEqualTo(404);
        assertThat(Http.post(url("acme", project, "stages") + "/" + stage.json().getString("id") + "/gate", acmePm, "\"0\"", gate("STOP").build().toString()).status()).isEqualTo(404);
        assertThat(Http.get(url("globex", project, "stages"), acmePm).status()).as("acme token on globex").isEqualTo(401);
    }
}
