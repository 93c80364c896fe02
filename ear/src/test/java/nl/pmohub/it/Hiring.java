package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of hiring through the real API that several tests take: a request, an offer, both acceptances. */
final class Hiring {

    static final LocalDate TODAY = LocalDate.now();

    private Hiring() {
    }

    static String market(String tenant) {
        return Stack.API + "/t/" + tenant + "/marketplace";
    }

    /**
     * A remote request for the tenant's project number {@code project} (in the list's order): tests hire the same
     * professional for different projects, since one professional has one engagement per project at a time. Answers its id.
     */
    static String request(String tenant, String pm, int project, String title, LocalDate start, int hoursPerWeek, int weeks) {
        String projectId = Http.get(Projects.url(tenant) + "?size=5&phase=ACTIVE&sort=code&q=" + (tenant.equals("acme") ? "ACM-" : "GLX-"), pm).json().getJsonArray("items").getJsonObject(project).getString("id");
        JsonObject body = Json.createObjectBuilder().add("projectId", projectId).add("title", title).add("level", "TACTICAL")
                .add("skills", Json.createArrayBuilder().add(Json.createObjectBuilder().add("skill", "PRINCE2").add("minDepth", "BASIC").add("required", true)))
                .add("remote", true).add("startDate", start.toString()).add("hoursPerWeek", hoursPerWeek).add("durationWeeks", weeks)
                .add("maxRate", new BigDecimal("130.00")).add("description", title).build();
        Http.Reply submitted = Http.post(market(tenant) + "/requests", pm, body.toString());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().getString("id");
    }

    /** The platform id of a professional, read with their own token. */
    static String professionalId(String account) {
        return Http.get(Stack.API + "/marketplace/profile", Http.token("pmohub", account)).json().getString("id");
    }

    static String terms(String rate, int hoursPerWeek, LocalDate start, LocalDate end, String role) {
        return Json.createObjectBuilder().add("hourlyRate", new BigDecimal(rate)).add("hoursPerWeek", hoursPerWeek).add("startDate", start.toString())
                .add("endDate", end.toString()).add("noticeDays", 14).add("role", role).build().toString();
    }

    static Http.Reply offer(String tenant, String pm, String request, String professional, String terms) {
        return Http.post(market(tenant) + "/agreements", pm, "{\"requestId\":\"" + request + "\",\"professionalId\":\"" + professional
                + "\",\"terms\":" + terms + "}");
    }

    static Http.Reply acceptByProfessional(String pro, String agreement, int version) {
        return Http.post(Stack.API + "/marketplace/agreements/" + agreement + "/acceptance", pro, "{\"version\":" + version + "}");
    }

    static Http.Reply acceptByClient(String tenant, String pm, String agreement, int version) {
        return Http.post(market(tenant) + "/agreements/" + agreement + "/acceptance", pm, "{\"version\":" + version + "}");
    }

    /** Offers, and both sides accept version 1: the concluded agreement. */
    static JsonObject conclude(String tenant, String pm, String request, String account, String terms) {
        Http.Reply offered = offer(tenant, pm, request, professionalId(account), terms);
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        String id = offered.json().getString("id");
        assertThat(acceptByProfessional(Http.token("pmohub", account), id, 1).status()).isEqualTo(200);
        Http.Reply concluded = acceptByClient(tenant, pm, id, 1);
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        assertThat(concluded.json().getString("status")).isEqualTo("CONCLUDED");
        return concluded.json();
    }
}
