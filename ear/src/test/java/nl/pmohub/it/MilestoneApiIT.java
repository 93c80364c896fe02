package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestones with baseline and slippage, and the deadlines they raise, through the real API. */
class MilestoneApiIT extends EndToEnd {

    private static String milestones(String tenant, String projectId) {
        return Projects.url(tenant) + "/" + projectId + "/milestones";
    }

    private static JsonObjectBuilder milestone(String name, LocalDate planned, int percent) {
        return Json.createObjectBuilder().add("name", name).add("owner", "Test Owner").add("plannedDate", planned.toString())
                .add("percentComplete", percent);
    }

    /** A project running from a month ago to a year ahead, so deadlines can be missed and due. */
    private static JsonObject runningProject(String pm) {
        LocalDate today = LocalDate.now();
        Http.Reply created = Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique("MS-"))
                .add("startDate", today.minusMonths(1).toString()).add("endDate", today.plusYears(1).toString()).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void movingAMilestoneShowsSlippageUntilItIsRebaselined() {
        String pm = Http.token("acme", "pm");
        String project = runningProject(pm).getString("id");
        LocalDate planned = LocalDate.now().plusMonths(2);

        Http.Reply created = Http.post(milestones("acme", project), pm, milestone("Design ready", planned, 20).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("baselineDate")).isEqualTo(planned.toString());
        String url = milestones("acme", project) + "/" + created.json().getString("id");

        Http.Reply moved = Http.put(url, pm, created.header("ETag"), milestone("Design ready", planned.plusDays(10), 40).build().toString());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getInt("slippageDays")).isEqualTo(10);
        assertThat(moved.json().getString("baselineDate")).isEqualTo(planned.toString());

        Http.Reply read = Http.get(url, Http.token("acme", "viewer"));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(moved.header("ETag"));
        assertThat(read.json().getInt("slippageDays")).isEqualTo(10);

        assertThat(Http.put(url, pm, created.header("ETag"), milestone("Stale", planned, 0).build().toString()).status()).isEqualTo(412);

        Http.Reply rebaselined = Http.send(HttpRequest.newBuilder(URI.create(url + "/baseline")).header("Authorization", "Bearer " + pm)
                .header("If-Match", moved.header("ETag")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(rebaselined.status()).isEqualTo(200);
        assertThat(rebaselined.json().getInt("slippageDays")).isZero();

        JsonArray list = Http.get(milestones("acme", project), Http.token("acme", "viewer")).array();
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getString("baselineDate")).isEqualTo(planned.plusDays(10).toString());
    }

    @Test
    void badMilestonesAreRefusedWithTheFieldNamed() {
        String pm = Http.token("acme", "pm");
        JsonObject project = runningProject(pm);
        String url = milestones("acme", project.getString("id"));
        LocalDate inside = LocalDate.now().plusDays(5);

        assertField(Http.post(url, pm, milestone("Too late", LocalDate.now().plusYears(2), 0).build().toString()), 400, "plannedDate");
        assertField(Http.post(url, pm, milestone("Over", inside, 101).build().toString()), 400, "percentComplete");
        assertField(Http.post(url, pm, milestone("", inside, 0).build().toString()), 400, "name");
        assertField(Http.post(url, pm, milestone("Null\u0000byte", inside, 0).build().toString()), 400, "name");
        assertField(Http.post(url, pm, milestone("Bell", inside, 0).add("owner", "Jan\u0007").build().toString()), 400, "owner");
        assertField(Http.post(url, pm, milestone("Half done", inside, 50).add("achievedOn", inside.toString()).build().toString()), 409, "achievedOn");
        assertThat(Http.post(url, Http.token("acme", "viewer"), milestone("Viewer", inside, 0).build().toString()).status()).isEqualTo(403);
        assertThat(Http.get(url, pm).array()).isEmpty();
    }

    @Test
    void missedAndDueMilestonesAreDeadlinesUntilAchieved() {
        String pm = Http.token("acme", "pm");
        JsonObject project = runningProject(pm);
        String url = milestones("acme", project.getString("id"));
        String missed = Stack.unique("Missed ");
        String due = Stack.unique("Due ");
        String later = Stack.unique("Later ");
        Http.post(url, pm, milestone(missed, LocalDate.now().minusDays(3), 60).build().toString());
        Http.Reply dueReply = Http.post(url, pm, milestone(due, LocalDate.now().plusDays(5), 10).build().toString());
        Http.post(url, pm, milestone(later, LocalDate.now().plusDays(60), 0).build().toString());

        JsonArray deadlines = Http.get(Stack.API + "/t/acme/deadlines?days=14", Http.token("acme", "viewer")).array();
        assertThat(deadlines.getValuesAs(JsonObject.class)).anyMatch(d -> d.getString("milestone").equals(missed) && d.getBoolean("missed"));
        assertThat(deadlines.getValuesAs(JsonObject.class)).anyMatch(d -> d.getString("milestone").equals(due) && !d.getBoolean("missed"));
        assertThat(deadlines.getValuesAs(JsonObject.class)).noneMatch(d -> d.getString("milestone").equals(later));

        Http.put(url + "/" + dueReply.json().getString("id"), pm, dueReply.header("ETag"),
                milestone(due, LocalDate.now().plusDays(5), 100).build().toString());
        assertThat(Http.get(Stack.API + "/t/acme/deadlines?days=14", pm).array().getValuesAs(JsonObject.class))
                .as("achieved milestones are no deadline").noneMatch(d -> d.getString("milestone").equals(due));
        assertField(Http.get(Stack.API + "/t/acme/deadlines?days=-1", pm), 400, "days");
    }

    @Test
    void anotherTenantsMilestonesAndDeadlinesStayInvisible() {
        String globexPm = Http.token("globex", "pm");
        LocalDate today = LocalDate.now();
        Http.Reply project = Http.post(Projects.url("globex"), globexPm, Projects.valid(Stack.unique("GMS-"))
                .add("startDate", today.minusMonths(1).toString()).add("endDate", today.plusMonths(6).toString()).build().toString());
        String projectId = project.json().getString("id");
        String secret = Stack.unique("Globex secret ");
        Http.Reply created = Http.post(milestones("globex", projectId), globexPm, milestone(secret, today.minusDays(1), 0).build().toString());
        assertThat(created.status()).isEqualTo(201);

        String acmePm = Http.token("acme", "pm");
        assertThat(Http.get(milestones("acme", projectId), acmePm).status()).isEqualTo(404);
        assertThat(Http.get(milestones("acme", projectId) + "/" + created.json().getString("id"), acmePm).status()).isEqualTo(404);
        assertThat(Http.put(milestones("acme", projectId) + "/" + created.json().getString("id"), acmePm, "\"0\"",
                milestone("hijack", today, 0).build().toString()).status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/acme/deadlines?days=30", acmePm).array().getValuesAs(JsonObject.class))
                .noneMatch(d -> d.getString("milestone").equals(secret));
        assertThat(Http.get(milestones("globex", projectId), acmePm).status()).as("acme token on globex").isEqualTo(401);
    }
}
