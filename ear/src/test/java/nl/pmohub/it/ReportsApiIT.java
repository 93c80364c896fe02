package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress reports through the real API: the next draft with the registers' figures, written with If-Match,
 * handed in, approved by the PMO only, final once approved, corrected in a revision, downloaded as PDF;
 * returned only with a comment; overdue and waiting lists; refusals naming the field; other tenants see nothing.
 */
class ReportsApiIT extends EndToEnd {

    private static final LocalDate TODAY = LocalDate.now();

    private static String project(String pm, String prefix) {
        return Http.post(Projects.url("acme"), pm, Projects.valid(Stack.unique(prefix)).add("startDate", TODAY.minusMonths(3).toString())
                .add("endDate", TODAY.plusYears(1).toString()).build().toString()).json().getString("id");
    }

    private static JsonObjectBuilder content(String overall) {
        return Json.createObjectBuilder().add("overall", overall).add("scope", "GREEN").add("time", overall).add("cost", "GREEN")
                .add("quality", "GREEN").add("risk", "GREEN").add("achieved", "Ontwerp afgerond").add("plannedNext", "Bouw starten")
                .add("issues", "GREEN".equals(overall) ? "" : "Vergunning later").add("decisionsNeeded", "");
    }

    @Test
    void aReportIsDraftedWrittenHandedInApprovedByThePmoRevisedAndDownloaded() throws Exception {
        String pm = Http.token("acme", "pm");
        String pmo = Http.token("acme", "pmo");
        String project = project(pm, "RP-");
        String reports = Projects.url("acme") + "/" + project + "/reports";

        Http.Reply risk = Http.post(Projects.url("acme") + "/" + project + "/risks", pm, RisksApiIT.risk("Aannemer failliet", 5, 4).build().toString());
        assertThat(risk.status()).as(risk.toString()).isEqualTo(201);
        Http.Reply drafted = Http.post(reports, pm, "");
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");
        JsonObject draft = drafted.json();
        YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);
        assertThat(draft.getString("periodStart")).as("monthly by default: the month that ended").isEqualTo(lastMonth.atDay(1).toString());
        assertThat(draft.getString("periodEnd")).isEqualTo(lastMonth.atEndOfMonth().toString());
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonObject("figures").getString("asOf")).isEqualTo(TODAY.toString());
        assertThat(draft.getJsonObject("figures").getInt("risksHigh")).as("the register's open risk of score 20").isEqualTo(1);
        assertThat(draft.getJsonObject("figures").getInt("risksLow")).isZero();
        String url = drafted.header("Location");

        assertField(Http.post(reports, pm, ""), 409, "period");
        assertField(Http.put(url, pm, "\"0\"", content("PURPLE").build().toString()), 400, "overall");
        assertField(Http.put(url, pm, "\"0\"", content("GREEN").add("achieved", "x".repeat(4001)).build().toString()), 400, "achieved");
        assertField(Http.post(url + "/submit", pm, "\"0\"", ""), 409, "achieved");
        Http.Reply written = Http.put(url, pm, "\"0\"", content("AMBER").build().toString());
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.json().getJsonObject("rag").getString("overall")).isEqualTo("AMBER");
        assertThat(Http.put(url, pm, "\"0\"", content("GREEN").build().toString()).status()).as("stale").isEqualTo(412);
        assertThat(Http.put(url, pm, null, content("GREEN").build().toString()).status()).as("without If-Match").isEqualTo(428);

        assertThat(Http.post(url + "/submit", pm, "\"1\"", "").json().getString("status")).isEqualTo("SUBMITTED");
        assertField(Http.put(url, pm, "\"2\"", content("GREEN").build().toString()), 409, "status");
        assertThat(Http.post(url + "/approve", pm, "\"2\"", "").status()).as("a project manager does not approve").isEqualTo(403);
        assertThat(Http.get(Stack.API + "/t/acme/reports/to-decide", pmo).array().getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("projectId").equals(project));
        JsonObject approved = Http.post(url + "/approve", pmo, "\"2\"", "").json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("decidedBy")).isEqualTo("pmo");
        assertField(Http.put(url, pm, "\"3\"", content("GREEN").build().toString()), 409, "status");

        byte[] pdf = pdf(url + "/pdf?lang=en", pm);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Progress report", "Approved", "Ontwerp afgerond", "Vergunning later");
        }
        assertField(Http.send(HttpRequest.newBuilder(URI.create(url + "/pdf?lang=fr")).header("Authorization", "Bearer " + pm)
                .header("Accept", "*/*")), 400, "lang");

        Http.Reply revised = Http.post(url + "/revise", pm, "\"3\"", "");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        assertThat(revised.json().getInt("revision")).isEqualTo(2);
        assertThat(revised.json().getString("achieved")).isEqualTo("Ontwerp afgerond");
        var history = Http.get(reports, pm).array().getValuesAs(JsonObject.class);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getInt("revision")).isEqualTo(2);
        assertThat(history.get(1).getBoolean("superseded")).isTrue();
        assertField(Http.post(url + "/revise", pm, "\"3\"", ""), 409, "revision");
        assertThat(Http.delete(revised.header("Location"), pm, "\"0\"").status()).isEqualTo(204);
        assertThat(Http.get(reports, pm).array().getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getBoolean("superseded")).isFalse());

        JsonObject current = Http.post(reports, pm, "").json();
        assertThat(current.getString("periodStart")).as("last month reported: now the current one").isEqualTo(YearMonth.from(TODAY).atDay(1).toString());
        assertField(Http.delete(url, pm, "\"3\""), 409, "status");
    }

    @Test
    void aReturnSaysWhyAndLateProjectsAreListedAndOtherTenantsSeeNothing() {
        String pm = Http.token("acme", "pm");
        String admin = Http.token("acme", "admin");
        String project = project(pm, "RQ-");
        String reports = Projects.url("acme") + "/" + project + "/reports";

        Http.Reply weekly = Http.put(reports + "/schedule", pm, null, "{\"cadence\":\"WEEKLY\"}");
        assertThat(weekly.status()).as(weekly.toString()).isEqualTo(200);
        assertThat(weekly.json().getInt("version")).isZero();
        assertThat(Http.put(reports + "/schedule", pm, null, "{\"cadence\":\"MONTHLY\"}").status()).isEqualTo(412);
        assertField(Http.put(reports + "/schedule", pm, "\"0\"", "{\"cadence\":\"DAILY\"}"), 400, "cadence");
        assertThat(Http.get(Stack.API + "/t/acme/reports/overdue", pm).array().getValuesAs(JsonObject.class))
                .as("weekly and never reported").anyMatch(o -> o.getString("projectId").equals(project) && o.getString("cadence").equals("WEEKLY"));

        Http.Reply drafted = Http.post(reports, pm, "");
        String url = drafted.header("Location");
        Http.put(url, pm, "\"0\"", content("GREEN").build().toString());
        Http.post(url + "/submit", pm, "\"1\"", "");
        assertField(Http.post(url + "/return", admin, "\"2\"", "{\"comment\":\" \"}"), 400, "comment");
        JsonObject returned = Http.post(url + "/return", admin, "\"2\"", "{\"comment\":\"Graag toelichten\"}").json();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("decisionComment")).isEqualTo("Graag toelichten");
        assertThat(Http.put(url, pm, "\"3\"", content("GREEN").build().toString()).status()).as("returned: written again").isEqualTo(200);
        assertThat(Http.get(Stack.API + "/t/acme/reports/to-decide", pm).status()).isEqualTo(403);
        assertThat(Http.post(reports, Http.token("acme", "viewer"), "").status()).isEqualTo(403);

        String globex = Http.token("globex", "pm");
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(url, globex).status()).as("another realm's token").isEqualTo(401);
        assertThat(Http.get(Stack.API + "/t/globex/reports/overdue", globex).array().getValuesAs(JsonObject.class))
                .noneMatch(o -> o.getString("projectId").equals(project));
    }

    private static byte[] pdf(String url, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".pdf");
        return response.body();
    }
}
