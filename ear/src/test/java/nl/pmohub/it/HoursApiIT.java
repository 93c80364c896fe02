package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** Time registration through the real API with real tokens: a week from recording to approval, its rules, and isolation. */
class HoursApiIT extends EndToEnd {

    private static final LocalDate THIS_MONDAY = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    /** A project running from two months ago to a year ahead, as the project manager creates it. */
    private static String runningProject(String tenant, String pm) {
        Http.Reply created = Http.post(Projects.url(tenant), pm, Projects.valid(Stack.unique("HR-"))
                .add("startDate", THIS_MONDAY.minusMonths(2).toString()).add("endDate", THIS_MONDAY.plusYears(1).toString()).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static String sheets(String tenant, String projectId) {
        return Projects.url(tenant) + "/" + projectId + "/timesheets";
    }

    private static String week(String tenant, String projectId, LocalDate monday) {
        return sheets(tenant, projectId) + "/mine/" + monday;
    }

    /** A body with the given hours from Monday on ("8", "7.5", …). */
    private static String days(LocalDate monday, String... hours) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (int i = 0; i < hours.length; i++) {
            days.add(Json.createObjectBuilder().add("date", monday.plusDays(i).toString()).add("hours", new BigDecimal(hours[i])));
        }
        return Json.createObjectBuilder().add("days", days).build().toString();
    }

    private static Http.Reply ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    private static String sheetUrl(String tenant, JsonObject sheet) {
        return sheets(tenant, sheet.getString("projectId")) + "/" + sheet.getString("id");
    }

    @Test
    void aWeekIsRecordedHandedInAndApprovedByTheProjectManager() {
        LocalDate monday = THIS_MONDAY.plusWeeks(10);  // a week of its own: the demo people have hours this week
        String pm = Http.token("acme", "pm");
        String pmo = Http.token("acme", "pmo");
        String project = runningProject("acme", pm);

        Http.Reply opened = ok(Http.put(week("acme", project, monday), pmo, null, days(monday, "8", "7.5", "0", "4.25")));
        JsonObject sheet = opened.json();
        assertThat(sheet.getString("status")).isEqualTo("OPEN");
        assertThat(sheet.getString("person")).isEqualTo("pmo");
        assertThat(sheet.getJsonNumber("totalHours").bigDecimalValue()).isEqualByComparingTo("19.75");
        assertThat(sheet.getJsonArray("days").getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(opened.header("ETag")).isEqualTo("\"0\"");

        Http.Reply unaware = Http.put(week("acme", project, monday), pmo, null, days(monday, "1"));
        assertThat(unaware.status()).as("a week that exists is stale to a client that did not know it").isEqualTo(412);
        JsonObject changed = ok(Http.put(week("acme", project, monday), pmo, "\"0\"", days(monday, "6"))).json();
        assertThat(changed.getJsonNumber("totalHours").bigDecimalValue()).as("days not named keep their hours").isEqualByComparingTo("17.75");

        JsonObject submitted = ok(Http.post(sheetUrl("acme", changed) + "/submit", pmo, "\"1\"", "")).json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertField(Http.put(week("acme", project, monday), pmo, "\"2\"", days(monday, "1")), 409, "status");

        Http.Reply waiting = ok(Http.get(Stack.API + "/t/acme/timesheets/to-approve?size=200", pm));
        assertThat(waiting.json().getJsonArray("items").getValuesAs(JsonObject.class)).anyMatch(w -> w.getString("id").equals(submitted.getString("id")));
        assertThat(Http.get(Stack.API + "/t/acme/timesheets/to-approve", pmo).status()).as("PMO officers do not approve").isEqualTo(403);
        assertThat(Http.post(sheetUrl("acme", submitted) + "/approve", pmo, "\"2\"", "").status()).isEqualTo(403);

        JsonObject approved = ok(Http.post(sheetUrl("acme", submitted) + "/approve", pm, "\"2\"", "")).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("decidedBy")).isEqualTo("pm");
        assertField(Http.put(week("acme", project, monday), pmo, "\"3\"", days(monday, "1")), 409, "status");
        assertThat(ok(Http.get(sheetUrl("acme", approved), pmo)).header("ETag")).isEqualTo("\"3\"");

        JsonObject mine = ok(Http.get(Stack.API + "/t/acme/timesheets/mine?week=" + monday.plusDays(3), pmo)).json();
        assertThat(mine.getString("weekStart")).isEqualTo(monday.toString());
        assertThat(mine.getJsonArray("sheets").getValuesAs(JsonObject.class)).anyMatch(s -> s.getString("id").equals(approved.getString("id")));
        assertThat(ok(Http.get(sheets("acme", project) + "/weekly?weeks=4", pm)).array().getJsonObject(0).getJsonNumber("approvedHours")
                .bigDecimalValue()).isEqualByComparingTo("17.75");
    }

    @Test
    void aRejectionSaysWhyAndTheWeekCanBeCorrectedAndHandedInAgain() {
        LocalDate monday = THIS_MONDAY.plusWeeks(13);  // a week of its own: the demo people have hours this week
        String pm = Http.token("acme", "pm");
        String pmo = Http.token("acme", "pmo");
        String project = runningProject("acme", pm);
        JsonObject sheet = ok(Http.put(week("acme", project, monday), pmo, null, days(monday, "8", "8"))).json();
        ok(Http.post(sheetUrl("acme", sheet) + "/submit", pmo, "\"0\"", ""));

        assertField(Http.post(sheetUrl("acme", sheet) + "/reject", pm, "\"1\"", "{\"comment\":\"  \"}"), 400, "comment");
        JsonObject rejected = ok(Http.post(sheetUrl("acme", sheet) + "/reject", pm, "\"1\"", "{\"comment\":\"Dinsdag dubbel\"}")).json();
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("comment")).isEqualTo("Dinsdag dubbel");

        JsonObject corrected = ok(Http.put(week("acme", project, monday), pmo, "\"2\"", days(monday, "8", "4"))).json();
        assertThat(corrected.getString("status")).as("still sent back, comment in view, until handed in again").isEqualTo("REJECTED");
        JsonObject again = ok(Http.post(sheetUrl("acme", corrected) + "/submit", pmo, "\"3\"", "")).json();
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.containsKey("comment")).isFalse();
    }

    @Test
    void theRulesOfTimeRegistrationRefuseWithTheFieldNamed() {
        LocalDate monday = THIS_MONDAY.plusWeeks(16);  // a week of its own: the demo people have hours this week
        String pm = Http.token("acme", "pm");
        String pmo = Http.token("acme", "pmo");
        String first = runningProject("acme", pm);
        String second = runningProject("acme", pm);
        LocalDate later = monday.plusWeeks(2);

        ok(Http.put(week("acme", first, later), pmo, null, days(later, "20")));
        assertField(Http.put(week("acme", second, later), pmo, null, days(later, "4.25")), 409, "days[0].hours");
        ok(Http.put(week("acme", second, later), pmo, null, days(later, "4")));

        assertField(Http.put(week("acme", first, later.plusDays(1)), pmo, null, days(later.plusDays(1), "1")), 409, "weekStart");
        LocalDate beforeStart = THIS_MONDAY.minusMonths(3).with(DayOfWeek.MONDAY);
        assertField(Http.put(week("acme", first, beforeStart), pmo, null, days(beforeStart, "8")), 409, "days[0].date");
        String otherWeek = "{\"days\":[{\"date\":\"" + later.plusDays(7) + "\",\"hours\":1}]}";
        assertField(Http.put(week("acme", second, later), pmo, "\"0\"", otherWeek), 409, "days[0].date");
        assertField(Http.put(week("acme", second, later), pmo, "\"0\"", days(later, "-1")), 400, "days[0].hours");
        assertField(Http.put(week("acme", second, later), pmo, "\"0\"", days(later, "0", "24.5")), 400, "days[1].hours");
        assertField(Http.put(week("acme", second, later), pmo, "\"0\"", days(later, "1.125")), 400, "days[0].hours");
        assertThat(Http.put(week("acme", second, later), Http.token("acme", "viewer"), null, days(later, "1")).status())
                .as("viewers record no hours").isEqualTo(403);

        JsonObject own = ok(Http.put(week("acme", first, monday), pm, null, days(monday, "3"))).json();
        ok(Http.post(sheetUrl("acme", own) + "/submit", pm, "\"0\"", ""));
        assertField(Http.post(sheetUrl("acme", own) + "/approve", pm, "\"1\"", ""), 409, "status");
        assertThat(Http.post(sheetUrl("acme", own) + "/submit", pmo, "\"1\"", "").status()).as("only its person hands a week in").isEqualTo(409);

        JsonObject project = ok(Http.get(Projects.url("acme") + "/" + second, pm)).json();
        ok(Http.post(Projects.url("acme") + "/" + second + "/close", pm, "\"" + project.getInt("version") + "\"", ""));
        assertField(Http.put(week("acme", second, monday), pmo, null, days(monday, "1")), 409, "phase");
    }

    @Test
    void hoursAreSeenOnlyByTheirPersonTheApproversAndThePmoAndNeverFromAnotherTenant() {
        LocalDate monday = THIS_MONDAY.plusWeeks(19);  // a week of its own: the demo people have hours this week
        String pm = Http.token("acme", "pm");
        String pmo = Http.token("acme", "pmo");
        String project = runningProject("acme", pm);
        JsonObject sheet = ok(Http.put(week("acme", project, monday), pmo, null, days(monday, "2"))).json();

        assertThat(Http.get(sheetUrl("acme", sheet), pm).status()).isEqualTo(200);
        assertThat(Http.get(sheetUrl("acme", sheet), Http.token("acme", "viewer")).status()).as("not the viewer's").isEqualTo(404);

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(sheetUrl("globex", sheet), globex).status()).isEqualTo(404);
        assertThat(Http.put(week("globex", project, monday), Http.token("globex", "pmo"), null, days(monday, "1")).status()).isEqualTo(404);
        assertThat(Http.post(sheetUrl("globex", sheet) + "/submit", Http.token("globex", "pmo"), "\"0\"", "").status()).isEqualTo(404);
        assertThat(Http.get(Stack.API + "/t/globex/timesheets/to-approve?size=200", globex).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).noneMatch(w -> w.getString("projectId").equals(project));
        assertThat(Http.get(sheetUrl("acme", sheet), globex).status()).as("a globex token on an acme URL").isEqualTo(401);
    }
}
