package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stakeholder map through the real API: a stakeholder's quadrant follows its power and interest, a move on the grid
 * changes only those (If-Match); the RACI matrix takes a row only with exactly one Accountable and as of the row's tag;
 * the communication plan computes the next due date and lists late lines; bad input names its field; another tenant
 * finds nothing.
 */
class StakeholdersApiIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    static JsonObjectBuilder stakeholder(String name, int power, int interest) {
        return Json.createObjectBuilder().add("name", name).add("organisation", "Gemeente").add("role", "Wethouder").add("contact", "wethouder@example.nl")
                .add("group", "CLIENT").add("power", power).add("interest", interest).add("attitude", "CRITIC").add("currentEngagement", "RESISTANT")
                .add("desiredEngagement", "SUPPORTIVE").add("approach", "Vooroverleg");
    }

    @Test
    void aStakeholderMovesOnTheGridAndTheRaciMatrixHasOneAccountablePerRow() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("SH-")).getString("id");
        String base = Projects.url("acme") + "/" + project;
        String stakeholders = base + "/stakeholders";

        Http.Reply added = Http.post(stakeholders, pm, stakeholder("Wethouder Jansen", 5, 2).build().toString());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().getString("quadrant")).isEqualTo("KEEP_SATISFIED");
        assertThat(added.json().getBoolean("internal")).isFalse();
        assertThat(added.json().getBoolean("engagementGap")).isTrue();
        String url = added.header("Location");
        String other = Http.post(stakeholders, pm, stakeholder("Teamleider Bakker", 2, 4).add("group", "EXPERT").build().toString()).json().getString("id");

        String position = "{\"power\":4,\"interest\":5}";
        assertThat(Http.put(url + "/position", pm, null, position).status()).as("without If-Match").isEqualTo(428);
        Http.Reply moved = Http.put(url + "/position", pm, added.header("ETag"), position);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("quadrant")).isEqualTo("MANAGE_CLOSELY");
        assertThat(moved.json().getString("attitude")).as("nothing else changes").isEqualTo("CRITIC");
        assertThat(Http.put(url + "/position", pm, added.header("ETag"), "{\"power\":1,\"interest\":1}").status()).as("stale").isEqualTo(412);
        assertField(Http.put(url + "/position", pm, moved.header("ETag"), "{\"power\":6,\"interest\":1}"), 400, "power");
        assertThat(Http.get(stakeholders, pm).array().getValuesAs(JsonObject.class)).extracting(s -> s.getString("name"))
                .containsExactly("Wethouder Jansen", "Teamleider Bakker");

        assertField(Http.post(stakeholders, pm, stakeholder("", 2, 2).build().toString()), 400, "name");
        assertField(Http.post(stakeholders, pm, stakeholder("Te machtig", 9, 2).build().toString()), 400, "power");
        assertField(Http.post(stakeholders, pm, stakeholder("Onbekend", 2, 2).add("group", "ALIENS").build().toString()), 400, "group");
        assertField(Http.post(stakeholders, pm, stakeholder("wethouder jansen", 2, 2).build().toString()), 409, "name");
        assertThat(Http.post(stakeholders, Http.token("acme", "viewer"), stakeholder("Kijker", 2, 2).build().toString()).status()).isEqualTo(403);

        // the RACI matrix: rows are the project's deliverables
        String deliverable = Http.post(base + "/deliverables", pm, Json.createObjectBuilder().add("name", "Ontwerp").add("startDate", "2027-02-01")
                .add("endDate", "2027-03-01").build().toString()).json().getString("id");
        JsonObject matrix = Http.get(base + "/raci", pm).json();
        assertThat(matrix.getJsonArray("stakeholders").getValuesAs(JsonObject.class)).extracting(s -> s.getString("name"))
                .containsExactly("Teamleider Bakker", "Wethouder Jansen");
        JsonObject row = matrix.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("deliverable")).isEqualTo("Ontwerp");
        assertThat(row.getBoolean("withoutAccountable")).isTrue();
        String stakeholderId = added.json().getString("id");
        String rowUrl = base + "/raci/" + deliverable;
        String tag = "\"" + row.getString("tag") + "\"";

        Http.Reply twoAccountable = Http.put(rowUrl, pm, tag, roles(stakeholderId, "A", other, "A"));
        assertField(twoAccountable, 409, "roles");
        assertThat(twoAccountable.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("exactly one Accountable", "Ontwerp", "2");
        assertField(Http.put(rowUrl, pm, tag, roles(stakeholderId, "R", other, "C")), 409, "roles");
        assertField(Http.put(rowUrl, pm, tag, roles(stakeholderId, "X", other, "C")), 400, "roles");
        assertThat(Http.put(rowUrl, pm, null, roles(stakeholderId, "A", other, "R")).status()).as("without If-Match").isEqualTo(428);
        Http.Reply saved = Http.put(rowUrl, pm, tag, roles(stakeholderId, "A", other, "R"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getBoolean("withoutAccountable")).isFalse();
        assertThat(Http.put(rowUrl, pm, tag, roles(stakeholderId, "R", other, "A")).status()).as("the row changed since its old tag").isEqualTo(412);
        Http.Reply swapped = Http.put(rowUrl, pm, saved.header("ETag"), roles(stakeholderId, "R", other, "A"));
        assertThat(swapped.status()).as("the Accountable moves to another stakeholder: " + swapped).isEqualTo(200);
        assertThat(Http.get(base + "/raci", pm).json().getJsonArray("rows").getJsonObject(0).getJsonObject("roles").getString(other)).isEqualTo("A");

        // taking a stakeholder off the map takes its cells along
        Http.Reply current = Http.get(stakeholders + "/" + other, pm);
        assertThat(Http.delete(stakeholders + "/" + other, pm, current.header("ETag")).status()).isEqualTo(204);
        assertThat(Http.get(base + "/raci", pm).json().getJsonArray("rows").getJsonObject(0).getBoolean("withoutAccountable")).isTrue();

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(Projects.url("globex") + "/" + project + "/stakeholders", globex).status()).isEqualTo(404);
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(base.replace("/t/acme/", "/t/globex/") + "/raci", globex).status()).isEqualTo(404);
        assertThat(Http.get(url, globex).status()).as("a token of another tenant").isIn(401, 403);
    }

    @Test
    void theCommunicationPlanKnowsWhatIsDueNextAndWhatIsLate() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("CO-")).getString("id");
        String plan = Projects.url("acme") + "/" + project + "/communications";

        Http.Reply planned = Http.post(plan, pm, communication("Voortgangsrapportage", "MONTHLY", TODAY.minusDays(5)));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.json().getString("nextDue")).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(planned.json().getBoolean("late")).isTrue();
        String id = planned.json().getString("id");
        assertThat(Http.get(Stack.API + "/t/acme/communications/late", pm).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).contains(id);

        String url = planned.header("Location");
        assertField(Http.post(url + "/went-out", pm, planned.header("ETag"), "{\"day\":\"" + TODAY.plusDays(1) + "\"}"), 409, "day");
        Http.Reply wentOut = Http.post(url + "/went-out", pm, planned.header("ETag"), "{}");
        assertThat(wentOut.status()).as(wentOut.toString()).isEqualTo(200);
        assertThat(wentOut.json().getString("lastDone")).isEqualTo(TODAY.toString());
        assertThat(wentOut.json().getString("nextDue")).isEqualTo(TODAY.plusMonths(1).toString());
        assertThat(wentOut.json().getBoolean("late")).isFalse();
        assertThat(Http.post(url + "/went-out", pm, planned.header("ETag"), "{}").status()).as("stale").isEqualTo(412);
        assertThat(Http.get(Stack.API + "/t/acme/communications/late", pm).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).doesNotContain(id);

        Http.Reply once = Http.post(plan, pm, communication("Kick-off", "ONCE", TODAY));
        Http.Reply done = Http.post(once.header("Location") + "/went-out", pm, once.header("ETag"), "{}");
        assertThat(done.json().containsKey("nextDue")).as("a one-off that went out is due no more: " + done).isFalse();
        List<JsonObject> lines = Http.get(plan, pm).array().getValuesAs(JsonObject.class);
        assertThat(lines).extracting(c -> c.getString("subject")).containsExactly("Voortgangsrapportage", "Kick-off");

        assertField(Http.post(plan, pm, communication("", "WEEKLY", TODAY)), 400, "subject");
        assertField(Http.post(plan, pm, communication("Elke dag", "DAILY", TODAY)), 400, "frequency");
        assertThat(Http.get(Stack.API + "/t/acme/communications/late", pm).array()).as("the demo plans have late lines").isNotEmpty();

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/communications/late", globex).array().getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getString("projectId").equals(project));
    }

    private static String roles(String first, String firstRole, String second, String secondRole) {
        return Json.createObjectBuilder().add("roles", Json.createObjectBuilder().add(first, firstRole).add(second, secondRole)).build().toString();
    }

    private static String communication(String subject, String frequency, LocalDate firstDue) {
        return Json.createObjectBuilder().add("subject", subject).add("audience", "Stuurgroep").add("frequency", frequency).add("channel", "REPORT")
                .add("owner", "Joost van den Berg").add("firstDue", firstDue.toString()).build().toString();
    }
}
