package nl.pmohub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.pmohub.it.Hiring.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assignment agreements through the real API: versions accepted by both sides (the professional first), idempotent
 * acceptance, a changed term making a new version, the Dutch PDF, the engagement a conclusion starts; concluding at
 * once ends with exactly one agreement, per request and per professional's hours; other tenants and other
 * professionals find nothing.
 */
class AgreementApiIT extends EndToEnd {

    @Test
    void bothSidesAcceptTheLatestVersionOnceAndTheEngagementStarts() {
        String pm = Http.token("acme", "pm");
        String pro = Http.token("pmohub", "pro2");
        String request = Hiring.request("acme", pm, 0, "Interim PMO voor de oplevering", TODAY, 8, 4);
        Http.Reply offered = Hiring.offer("acme", pm, request, Hiring.professionalId("pro2"),
                Hiring.terms("95.00", 8, TODAY, TODAY.plusWeeks(4).minusDays(1), "PMO"));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        String id = offered.json().getString("id");
        String agreement = Hiring.market("acme") + "/agreements/" + id;

        assertField(Hiring.acceptByClient("acme", pm, id, 1), 409, "version");            // the professional accepts first
        assertThat(Http.get(Stack.API + "/marketplace/agreements", pro).array().getValuesAs(JsonObject.class))
                .anyMatch(a -> a.getString("id").equals(id));
        assertField(Hiring.acceptByProfessional(pro, id, 2), 409, "version");              // no version 2 yet
        JsonObject accepted = Hiring.acceptByProfessional(pro, id, 1).json();
        String acceptedAt = accepted.getJsonArray("versions").getJsonObject(0).getString("professionalAcceptedAt");
        assertThat(Hiring.acceptByProfessional(pro, id, 1).json().getJsonArray("versions").getJsonObject(0).getString("professionalAcceptedAt"))
                .as("accepting again changes nothing").isEqualTo(acceptedAt);

        Http.Reply current = Http.get(agreement, pm);
        Http.Reply changed = Http.put(agreement + "/terms", pm, current.header("ETag"), Hiring.terms("97.50", 8, TODAY, TODAY.plusWeeks(4).minusDays(1), "PMO"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getInt("latestVersion")).isEqualTo(2);
        assertThat(changed.json().getJsonArray("versions").getJsonObject(1).containsKey("professionalAcceptedBy")).isFalse();
        assertThat(changed.json().getJsonArray("versions").getJsonObject(0).getString("professionalAcceptedAt")).as("version 1 kept").isEqualTo(acceptedAt);
        assertThat(Http.put(agreement + "/terms", pm, current.header("ETag"), Hiring.terms("99.00", 8, TODAY, TODAY.plusWeeks(4), "PMO")).status())
                .as("a stale ETag").isEqualTo(412);
        assertField(Hiring.acceptByClient("acme", pm, id, 2), 409, "version");
        assertThat(Hiring.acceptByProfessional(pro, id, 2).status()).isEqualTo(200);
        JsonObject concluded = Hiring.acceptByClient("acme", pm, id, 2).json();
        assertThat(concluded.getString("status")).isEqualTo("CONCLUDED");
        assertThat(Hiring.acceptByClient("acme", pm, id, 2).json().getString("concludedAt")).as("idempotent").isEqualTo(concluded.getString("concludedAt"));

        assertThat(Http.get(Hiring.market("acme") + "/requests/" + request, pm).json().getString("status")).isEqualTo("FILLED");
        JsonObject engagement = Http.get(Hiring.market("acme") + "/engagements/" + id, pm).json();
        assertThat(engagement.getString("state")).isEqualTo("ACTIVE");
        assertThat(engagement.getString("tenantUsername")).isEqualTo("pro2.pmohub");
        assertThat(engagement.getJsonNumber("hourlyRate").bigDecimalValue()).isEqualByComparingTo("97.50");
        assertThat(Http.get(Stack.API + "/marketplace/engagements", pro).array().getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("id").equals(id) && e.getString("clientName").equals("Acme Bouw B.V."));

        Http.Reply pdf = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(agreement + "/document"))
                .header("Authorization", "Bearer " + pm).GET());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        assertThat(Http.get(Hiring.market("globex") + "/agreements/" + id, Http.token("globex", "pm")).status()).as("another tenant").isEqualTo(404);
        assertThat(Http.get(Stack.API + "/marketplace/agreements/" + id, Http.token("pmohub", "pro3")).status()).as("another professional").isEqualTo(404);
        assertThat(Http.post(agreement + "/acceptance", Http.token("acme", "viewer"), "{\"version\":2}").status()).as("a viewer").isEqualTo(403);
    }

    @Test
    void badTermsAreRefusedNamingTheField() {
        String pm = Http.token("acme", "pm");
        String request = Hiring.request("acme", pm, 0, "Tijdelijke planner", TODAY.plusDays(3), 8, 2);
        String pro = Hiring.professionalId("pro3");
        assertField(Hiring.offer("acme", pm, request, pro, Hiring.terms("95.00", 8, TODAY.minusDays(1), TODAY.plusWeeks(2), "PMO")), 409, "startDate");
        assertField(Hiring.offer("acme", pm, request, pro, Hiring.terms("95.00", 8, TODAY.plusDays(9), TODAY.plusDays(3), "PMO")), 409, "endDate");
        assertField(Hiring.offer("acme", pm, request, pro, Hiring.terms("95.00", 2, TODAY, TODAY.plusWeeks(2), "PMO")), 400, "hoursPerWeek");
        assertField(Hiring.offer("acme", pm, request, pro, Hiring.terms("-1", 8, TODAY, TODAY.plusWeeks(2), "PMO")), 400, "hourlyRate");
        assertField(Hiring.offer("acme", pm, request, pro, Hiring.terms("95.00", 8, TODAY, TODAY.plusWeeks(2), "OWNER")), 400, "role");
        assertThat(Hiring.offer("acme", pm, request, "00000000-0000-0000-0000-000000000000",
                Hiring.terms("95.00", 8, TODAY, TODAY.plusWeeks(2), "PMO")).status()).isEqualTo(404);
    }

    @Test
    void twoCandidatesAcceptedAtOnceEndWithExactlyOneAgreement() throws Exception {
        String pm = Http.token("globex", "pm");
        String request = Hiring.request("globex", pm, 0, "Eén PMO-medewerker", TODAY.plusDays(30), 4, 2);
        String terms = Hiring.terms("90.00", 4, TODAY.plusDays(30), TODAY.plusDays(43), "VIEWER");
        List<String> offers = List.of("pro1", "pro3").stream().map(account -> {
            String id = Hiring.offer("globex", pm, request, Hiring.professionalId(account), terms).json().getString("id");
            assertThat(Hiring.acceptByProfessional(Http.token("pmohub", account), id, 1).status()).isEqualTo(200);
            return id;
        }).toList();

        List<Http.Reply> replies = atOnce(offers.stream().<Callable<Http.Reply>>map(id -> () -> Hiring.acceptByClient("globex", pm, id, 1)).toList());
        assertThat(replies).extracting(Http.Reply::status).containsExactlyInAnyOrder(200, 409);
        assertThat(replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().body()).contains("requestId");
        assertThat(offers.stream().map(id -> Http.get(Hiring.market("globex") + "/agreements/" + id, pm).json().getString("status")))
                .containsExactlyInAnyOrder("CONCLUDED", "LAPSED");
        assertThat(concludedInDatabase(request)).isEqualTo(1);
    }

    @Test
    void twoClientsConcludingAtOnceWithOneProfessionalEndWithTheHoursSheHas() throws Exception {
        String account = "pro3";
        int available = Http.get(Stack.API + "/marketplace/profile", Http.token("pmohub", account)).json().getInt("hoursPerWeek");
        int half = available / 2 + 1;                            // two of these do not fit in her week
        String terms = Hiring.terms("100.00", half, TODAY.plusDays(120), TODAY.plusDays(133), "PMO");
        List<String> tenants = List.of("acme", "globex");
        List<String> ids = tenants.stream().map(tenant -> {
            String pm = Http.token(tenant, "pm");
            String id = Hiring.offer(tenant, pm, Hiring.request(tenant, pm, 1, "Capaciteitstest " + tenant, TODAY.plusDays(120), half, 2),
                    Hiring.professionalId(account), terms).json().getString("id");
            assertThat(Hiring.acceptByProfessional(Http.token("pmohub", account), id, 1).status()).isEqualTo(200);
            return id;
        }).toList();

        List<Http.Reply> replies = atOnce(List.of(() -> Hiring.acceptByClient("acme", Http.token("acme", "pm"), ids.get(0), 1),
                () -> Hiring.acceptByClient("globex", Http.token("globex", "pm"), ids.get(1), 1)));
        assertThat(replies).extracting(Http.Reply::status).containsExactlyInAnyOrder(200, 409);
        assertThat(replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().body()).contains("hoursPerWeek");
    }

    /** Runs the calls at the same moment, each on its own thread. */
    private static List<Http.Reply> atOnce(List<Callable<Http.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> futures = calls.stream().map(call -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            List<Http.Reply> replies = new java.util.ArrayList<>();
            for (Future<Http.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long concludedInDatabase(String request) throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app");
             PreparedStatement query = db.prepareStatement("select set_config('app.tenant_id', '*platform', false), "
                     + "(select count(*) from agreement where request_id = ?::uuid and status = 'CONCLUDED')")) {
            query.setString(1, request);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(2);
            }
        }
    }
}
