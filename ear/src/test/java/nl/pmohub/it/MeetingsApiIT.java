package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings, decisions, actions and lessons through the real API: a meeting gets an agenda with minutes and attendees
 * from the project's stakeholders, each change as of the meeting's ETag (428 without, 412 when stale); a decision and an
 * action are recorded in it; bad input names its field; the search finds a decision by a Dutch word form and a lesson by
 * an English one, and never another tenant's; viewers cannot write; another tenant finds nothing.
 */
class MeetingsApiIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    /** A word no stemmer changes and nothing else in the database holds, so a search for it finds only this test's rows. */
    static String marker() {
        StringBuilder word = new StringBuilder("zq");
        Random random = new Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('x').toString();
    }

    static JsonObjectBuilder meeting(String title) {
        return Json.createObjectBuilder().add("title", title).add("startsAt", TODAY + "T10:00:00").add("location", "Vergaderzaal De Dom")
                .add("chair", "Joost van den Berg");
    }

    static JsonObjectBuilder action(String description, String owner, LocalDate due) {
        return Json.createObjectBuilder().add("description", description).add("owner", owner).add("dueDate", due.toString());
    }

    @Test
    void aMeetingGetsAnAgendaWithMinutesAttendeesADecisionAndAnAction() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("MT-")).getString("id");
        String base = Projects.url("acme") + "/" + project;
        String jansen = Http.post(base + "/stakeholders", pm, StakeholdersApiIT.stakeholder("Wethouder Jansen", 5, 2).build().toString()).json().getString("id");
        String bakker = Http.post(base + "/stakeholders", pm, StakeholdersApiIT.stakeholder("Teamleider Bakker", 2, 4).build().toString()).json().getString("id");

        Http.Reply scheduled = Http.post(base + "/meetings", pm, meeting("Projectoverleg").build().toString());
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        String url = scheduled.header("Location");
        String etag = scheduled.header("ETag");

        String item = "{\"topic\":\"Vergunning en omgeving\",\"presenter\":\"Lotte Mulder\"}";
        assertThat(Http.post(url + "/agenda", pm, null, item).status()).as("without If-Match").isEqualTo(428);
        Http.Reply agenda = Http.post(url + "/agenda", pm, etag, item);
        assertThat(agenda.status()).as(agenda.toString()).isEqualTo(200);
        assertThat(agenda.header("ETag")).isNotEqualTo(etag);
        assertThat(Http.post(url + "/agenda", pm, etag, "{\"topic\":\"Rondvraag\"}").status()).as("stale: the agenda changed since").isEqualTo(412);
        agenda = Http.post(url + "/agenda", pm, agenda.header("ETag"), "{\"topic\":\"Rondvraag\"}");
        List<JsonObject> items = agenda.json().getJsonArray("agenda").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getInt("position")).containsExactly(1, 2);
        String permit = items.get(0).getString("id");

        Http.Reply minutes = Http.put(url + "/agenda/" + permit, pm, agenda.header("ETag"),
                "{\"topic\":\"Vergunning en omgeving\",\"presenter\":\"Lotte Mulder\",\"minutes\":\"De gemeente vraagt aanvullende gegevens.\"}");
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(200);
        assertThat(minutes.json().getJsonArray("agenda").getJsonObject(0).getString("minutes")).isEqualTo("De gemeente vraagt aanvullende gegevens.");
        Http.Reply up = Http.post(url + "/agenda/" + items.get(1).getString("id") + "/up", pm, minutes.header("ETag"), "{}");
        assertThat(up.json().getJsonArray("agenda").getValuesAs(JsonObject.class)).extracting(i -> i.getString("topic"))
                .containsExactly("Rondvraag", "Vergunning en omgeving");

        String attendance = Json.createObjectBuilder().add("attendees", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("stakeholderId", jansen).add("present", true))
                .add(Json.createObjectBuilder().add("stakeholderId", bakker).add("present", false))).build().toString();
        Http.Reply attended = Http.put(url + "/attendees", pm, up.header("ETag"), attendance);
        assertThat(attended.status()).as(attended.toString()).isEqualTo(200);
        assertThat(attended.json().getJsonArray("attendees").getValuesAs(JsonObject.class)).extracting(a -> a.getString("name") + ":" + a.getBoolean("present"))
                .containsExactly("Wethouder Jansen:true", "Teamleider Bakker:false");
        String stranger = Json.createObjectBuilder().add("attendees", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("stakeholderId", project).add("present", true))).build().toString();
        assertField(Http.put(url + "/attendees", pm, attended.header("ETag"), stranger), 400, "attendees");

        String marker = marker();
        JsonObjectBuilder decision = Json.createObjectBuilder().add("decision", "De vergunning " + marker + " wordt in twee fasen aangevraagd")
                .add("rationale", "Sloop kan eerder beginnen").add("alternatives", "Eén aanvraag").add("decidedBy", "Stuurgroep")
                .add("decidedOn", TODAY.toString()).add("meetingId", scheduled.json().getString("id")).add("agendaItemId", permit);
        Http.Reply recorded = Http.post(base + "/decisions", pm, decision.build().toString());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().getString("agendaItemId")).isEqualTo(permit);
        Http.Reply agreed = Http.post(base + "/actions", pm, action("Aanvraag fase 1 indienen", "Joost van den Berg", TODAY.minusDays(1))
                .add("meetingId", scheduled.json().getString("id")).build().toString());
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        assertThat(agreed.json().getBoolean("overdue")).isTrue();
        assertThat(agreed.json().getString("status")).isEqualTo("OPEN");

        JsonObject read = Http.get(url, pm).json();
        assertThat(read.getJsonArray("decisions")).hasSize(1);
        assertThat(read.getJsonArray("actions").getJsonObject(0).getString("owner")).isEqualTo("Joost van den Berg");
        assertThat(read.getJsonObject("meeting").getInt("openActions")).isEqualTo(1);
        assertThat(read.getJsonObject("meeting").getInt("present")).isEqualTo(1);
        Http.Reply pdf = Http.send(HttpRequest.newBuilder(URI.create(url + "/pdf?lang=en")).header("Authorization", "Bearer " + pm)
                .header("Accept", "application/pdf").GET());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("attachment", "-en.pdf");

        Http.Reply done = Http.post(agreed.header("Location") + "/done", pm, agreed.header("ETag"), "{}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("status")).isEqualTo("DONE");
        assertThat(done.json().getString("doneOn")).isEqualTo(TODAY.toString());
        assertThat(Http.post(agreed.header("Location") + "/done", pm, agreed.header("ETag"), "{\"done\":false}").status()).as("stale").isEqualTo(412);

        // bad input names its field
        assertField(Http.post(base + "/meetings", pm, meeting("").build().toString()), 400, "title");
        assertField(Http.post(base + "/decisions", pm, decision.add("decidedOn", "16-11-2026").build().toString()), 400, "decidedOn");
        assertField(Http.post(base + "/decisions", pm, Json.createObjectBuilder().add("decision", "").add("decidedBy", "Stuurgroep")
                .add("decidedOn", TODAY.toString()).build().toString()), 400, "decision");
        assertField(Http.post(base + "/actions", pm, action("Bellen", "", TODAY).build().toString()), 400, "owner");
        assertField(Http.post(base + "/actions", pm, action("Bellen", "Femke Visser", TODAY).add("meetingId", project).build().toString()), 400, "meetingId");
        assertField(Http.post(base + "/lessons", pm, "{\"whatHappened\":\"Te laat\"}"), 400, "whatWeLearned");

        // viewers read, but do not write
        String viewer = Http.token("acme", "viewer");
        assertThat(Http.get(base + "/meetings", viewer).status()).isEqualTo(200);
        assertThat(Http.post(base + "/meetings", viewer, meeting("Kijkersoverleg").build().toString()).status()).isEqualTo(403);
        assertThat(Http.post(base + "/actions", viewer, action("Kijken", "Bram Smit", TODAY).build().toString()).status()).isEqualTo(403);

        // another tenant finds nothing
        String globex = Http.token("globex", "pm");
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(base.replace("/t/acme/", "/t/globex/") + "/decisions", globex).status()).isEqualTo(404);
        assertThat(Http.get(recorded.header("Location").replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(url, globex).status()).as("a token of another tenant").isIn(401, 403);
        assertThat(Http.delete(url, pm, done.header("ETag")).status()).as("an action's ETag is not the meeting's").isEqualTo(412);
    }

    @Test
    void theSearchFindsWordFormsInDutchAndEnglishAndOnlyTheTenantsOwn() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("KN-")).getString("id");
        String base = Projects.url("acme") + "/" + project;
        String marker = marker();
        String decision = Http.post(base + "/decisions", pm, Json.createObjectBuilder()
                .add("decision", "De vergunning voor de bouwweg " + marker + " wordt gefaseerd aangevraagd").add("decidedBy", "Stuurgroep")
                .add("decidedOn", TODAY.toString()).build().toString()).json().getString("id");
        Http.Reply lesson = Http.post(base + "/lessons", pm, Json.createObjectBuilder()
                .add("whatHappened", "The supplier " + marker + " delivered the installations six weeks late")
                .add("whatWeLearned", "Agree penalties before the contract is signed").add("category", "Contracts").build().toString());
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);

        List<JsonObject> dutch = search(pm, "acme", "vergunningen " + marker);
        assertThat(dutch).extracting(h -> h.getString("id")).containsExactly(decision);
        assertThat(dutch.get(0).getString("kind")).isEqualTo("DECISION");
        assertThat(dutch.get(0).getString("projectCode")).startsWith("KN-");
        assertThat(dutch.get(0).getJsonNumber("rank").doubleValue()).isPositive();
        assertThat(dutch.get(0).getJsonObject("highlight").getString("title")).as("the words found, marked")
                .contains("De <mark>vergunning</mark> voor de bouwweg <mark>" + marker + "</mark>");
        List<JsonObject> english = search(pm, "acme", "suppliers delivering " + marker);
        assertThat(english).extracting(h -> h.getString("id")).containsExactly(lesson.json().getString("id"));
        assertThat(english.get(0).getJsonObject("highlight").getString("title")).as("English word forms, marked").contains("The <mark>supplier</mark>");
        assertThat(search(pm, "acme", marker + " -bouwweg")).as("web-search syntax: -word leaves out").extracting(h -> h.getString("kind"))
                .containsExactly("LESSON");
        assertThat(search(pm, "acme", marker)).hasSize(2);
        String byOne = Stack.API + "/t/acme/knowledge?size=1&q=" + marker + "&page=";
        JsonObject first = Http.get(byOne + 0, pm).json();
        JsonObject second = Http.get(byOne + 1, pm).json();
        assertThat(List.of(first, second)).allMatch(p -> p.getInt("total") == 2 && p.getJsonArray("items").size() == 1);
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("id")).as("pages of one search do not overlap")
                .isNotEqualTo(second.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject past = Http.get(byOne + 2, pm).json();
        assertThat(past.getJsonArray("items")).as("past the last page").isEmpty();
        assertThat(past.getInt("total")).isEqualTo(2);

        JsonObject firstPage = Http.get(Stack.API + "/t/acme/knowledge?size=5", pm).json();
        assertThat(firstPage.getJsonArray("items")).hasSize(5);
        assertThat(firstPage.getJsonNumber("total").longValue()).as("the demo decisions and lessons are listed without a query").isGreaterThan(5);
        JsonObject secondPage = Http.get(Stack.API + "/t/acme/knowledge?size=5&page=1", pm).json();
        assertThat(secondPage.getJsonNumber("total")).isEqualTo(firstPage.getJsonNumber("total"));
        assertThat(secondPage.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(h -> h.getString("id")).as("newest first, page after page")
                .doesNotContainAnyElementsOf(firstPage.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(h -> h.getString("id")).toList());
        assertThat(Http.get(Stack.API + "/t/acme/knowledge?size=500", pm).status()).isEqualTo(400);

        String globex = Http.token("globex", "pm");
        assertThat(search(globex, "globex", marker)).as("another tenant's search never finds acme's rows").isEmpty();
        assertThat(Http.get(Stack.API + "/t/globex/knowledge?size=200", globex).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(h -> h.getString("projectCode").startsWith("GLX-"));
        assertThat(Http.get(Stack.API + "/t/acme/knowledge?q=" + marker, globex).status()).isIn(401, 403);
    }

    private static List<JsonObject> search(String token, String tenant, String query) {
        Http.Reply reply = Http.get(Stack.API + "/t/" + tenant + "/knowledge?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
