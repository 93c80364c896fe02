package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.pmohub.marketplace.infrastructure.ShortlistRefreshJob;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The marketplace's first part through the real API: a professional keeps a profile (platform realm), a client
 * submits a request and gets a ranked shortlist with the score's parts and real distances, without contact
 * details; the ranking is kept, read by several at once without a clash, and follows profile changes (ranked again in the background, unasked); bad input names its field; tenants and realms stay apart.
 */
class MarketplaceApiIT extends EndToEnd {

    private static final String MARKET = Stack.API + "/marketplace";
    private static final LocalDate TODAY = LocalDate.now();

    private static int place(String token, String url, String name) {
        return Http.get(url + "?q=" + name, token).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getInt("id");
    }

    private static JsonObjectBuilder profile(int home, String rate) {
        JsonArrayBuilder skills = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("skill", "IPMA").add("depth", "EXPERT"))
                .add(Json.createObjectBuilder().add("skill", "CHANGE").add("depth", "EXPERIENCED"));
        return Json.createObjectBuilder().add("name", "Pro Een").add("tradeName", "Een Advies").add("kvkNumber", "61234567").add("level", "STRATEGIC")
                .add("homePlaceId", home).add("travelRadiusKm", 100).add("remoteOnly", false).add("hourlyRate", new BigDecimal(rate))
                .add("availableFrom", TODAY.toString()).add("hoursPerWeek", 32).add("skills", skills).add("languages", "nl,en")
                .add("email", "pro1@example.nl").add("phone", "0612345678");
    }

    private static JsonArrayBuilder absence(LocalDate from, LocalDate until) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("startDate", from.toString()).add("endDate", until.toString()));
    }

    private static JsonObjectBuilder request(String project, int place) {
        JsonArrayBuilder skills = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("skill", "IPMA").add("minDepth", "EXPERT").add("required", true))
                .add(Json.createObjectBuilder().add("skill", "CHANGE").add("minDepth", "BASIC").add("required", false));
        return Json.createObjectBuilder().add("projectId", project).add("title", "Programma-adviseur").add("level", "STRATEGIC").add("skills", skills)
                .add("remote", false).add("placeId", place).add("maxDistanceKm", 50).add("startDate", TODAY.plusDays(7).toString())
                .add("hoursPerWeek", 24).add("durationWeeks", 26).add("maxRate", new BigDecimal("120.00")).add("description", "Stuurgroepadvies");
    }

    private static String saveProfile(String pro, String ifMatch, JsonObjectBuilder body) {
        Http.Reply saved = Http.put(MARKET + "/profile", pro, ifMatch, body.build().toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return saved.header("ETag");
    }

    /** The generation of the professionals the listing's kept shortlist was ranked at. */
    private static long rankedGeneration(String listing) throws SQLException {
        return count("select ranked_generation from request_listing where id = ?::uuid", listing);
    }

    /** Whether the listing's kept shortlist is ranked at a later generation than {@code ranked} within {@code time}, polled without a look. */
    private static boolean rankedAgainWithin(String listing, long ranked, Duration time) throws SQLException, InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (rankedGeneration(listing) <= ranked) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    /** Sets a professional's rate straight in the database (their profile's version, and so its ETag, stays). */
    private static int rateBySql(String account, String rate) throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app");
             PreparedStatement update = db.prepareStatement("update professional set hourly_rate = ?::numeric where account = ?")) {
            update.setString(1, rate);
            update.setString(2, account);
            return update.executeUpdate();
        }
    }

    /** Changes one vetted professional who is not on the listing's shortlist and does not fit it (as the database tells). */
    private static long changeSomeoneElse(String listing) throws SQLException {
        return count("""
                with other as (select p.id from professional p join request_listing l on l.id = ?::uuid
                               where p.vetting = 'VETTED' and not listing_fits(p, l)
                                 and p.id not in (select c.professional_id from listing_candidate c where c.listing_id = l.id) limit 1),
                     changed as (update professional p set updated_at = p.updated_at from other where p.id = other.id returning 1)
                select count(*) from changed""", listing);
    }

    private static long count(String sql, String listing) throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app");
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, listing);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aRequestIsRankedWithExplainedScoresRealDistancesAndNoContactDetails() throws SQLException, InterruptedException {
        String pro = Http.token("pmohub", "pro1");
        String pm = Http.token("acme", "pm");
        int amersfoort = place(pro, MARKET + "/places", "Amersfoort");
        int utrecht = place(pm, Stack.API + "/t/acme/marketplace/places", "Utrecht");

        JsonObject mine = Http.get(MARKET + "/profile", pro).json();
        assertThat(mine.getString("vetting")).as("pro1 is a vetted demo professional").isEqualTo("VETTED");
        String etag = saveProfile(pro, "\"" + mine.getInt("version") + "\"", profile(amersfoort, "99.00"));
        assertThat(Http.put(MARKET + "/profile", pro, null, profile(amersfoort, "99.00").build().toString()).status()).as("exists: If-Match").isEqualTo(412);
        assertField(Http.put(MARKET + "/profile", pro, etag, profile(amersfoort, "99.00").add("kvkNumber", "123").build().toString()), 400, "kvkNumber");
        assertField(Http.put(MARKET + "/profile", pro, etag, profile(amersfoort, "99.00").add("skills", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("skill", "IPMA").add("depth", "EXPERT"))
                .add(Json.createObjectBuilder().add("skill", "IPMA").add("depth", "BASIC"))).build().toString()), 409, "skills");

        String project = Projects.create("acme", pm, Stack.unique("MP-")).getString("id");
        Http.Reply submitted = Http.post(Stack.API + "/t/acme/marketplace/requests", pm, request(project, utrecht).build().toString());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String url = submitted.header("Location");
        // four readers at once find it not ranked yet: one ranks and keeps it, the others wait and read the same
        List<List<String>> readTogether = IntStream.range(0, 4).parallel()
                .mapToObj(i -> Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("professionalId")).toList()).toList();
        assertThat(readTogether).allSatisfy(ids -> assertThat(ids).isNotEmpty().isEqualTo(readTogether.get(0)));
        List<JsonObject> candidates = Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class);
        JsonObject one = candidates.stream().filter(c -> c.getString("professionalId").equals(mine.getString("id"))).findFirst().orElseThrow();
        assertThat(one.getString("place")).isEqualTo("Amersfoort");
        assertThat(one.getJsonNumber("distanceKm").doubleValue()).as("Utrecht–Amersfoort as the crow flies").isBetween(18.0, 22.0);
        JsonObject score = one.getJsonObject("score");
        BigDecimal parts = List.of("skills", "level", "availability", "distance", "rate", "rating").stream()
                .map(p -> score.getJsonNumber(p).bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(score.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(parts);
        assertThat(score.getJsonNumber("skills").doubleValue()).as("expert in the required skill, experienced in the nice one").isEqualTo(37.5);
        assertThat(score.getJsonNumber("level").doubleValue()).as("the level asked").isEqualTo(10.0);
        assertThat(score.getJsonNumber("availability").doubleValue()).as("32 of 24 hours, available before the start").isEqualTo(15.0);
        assertThat(score.getJsonNumber("rate").doubleValue()).as("4 + 6 × (120 − 99) / 36").isEqualTo(7.5);
        assertThat(score.getJsonNumber("distance").doubleValue()).as("15 × (1 − km / 50)")
                .isCloseTo(15 * (1 - one.getJsonNumber("distanceKm").doubleValue() / 50), within(0.11));
        assertThat(one.keySet()).doesNotContain("email", "phone", "kvkNumber");
        assertThat(candidates).extracting(c -> c.getJsonObject("score").getJsonNumber("total").doubleValue())
                .as("best first").isSortedAccordingTo((a, b) -> Double.compare(b, a));

        String listing = url.substring(url.lastIndexOf('/') + 1);
        assertThat(count("""
                select count(*) filter (where candidate_total(p, l) <> c.total * 10) * 1000 + count(*)
                from listing_candidate c join professional p on p.id = c.professional_id join request_listing l on l.id = c.listing_id
                where c.listing_id = ?::uuid""", listing))
                .as("the trigger's total (candidate_total) is the ranking's for every kept candidate").isEqualTo(candidates.size());
        long ranked = rankedGeneration(listing);
        assertThat(changeSomeoneElse(listing)).as("one professional neither on the shortlist nor fitting it changed").isEqualTo(1);
        Http.get(url + "/candidates", pm);
        assertThat(rankedGeneration(listing)).as("a change that cannot move the shortlist leaves it as ranked").isEqualTo(ranked);

        try (ServerProperty paused = ServerProperty.set(ShortlistRefreshJob.SWITCH, "off")) {   // the five-second sweep
            etag = saveProfile(pro, etag, profile(amersfoort, "130.00"));
            assertThat(rankedAgainWithin(listing, ranked, Duration.ofSeconds(5)))
                    .as("the save made the shortlist stale, and its commit had it ranked again in the background before anyone looked").isTrue();
        }
        assertThat(Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class)).as("above the maximum rate now")
                .noneMatch(c -> c.getString("professionalId").equals(mine.getString("id")));
        long rankedAfterSave = rankedGeneration(listing);
        assertThat(rateBySql("pro1", "99.00")).as("back under the maximum rate, changed past the application (as a bulk tool would)").isEqualTo(1);
        assertThat(rankedAgainWithin(listing, rankedAfterSave, Duration.ofSeconds(15))).as("the five-second sweep ranked it again, unasked").isTrue();
        assertThat(Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class)).as("fits again: back on the shortlist")
                .anyMatch(c -> c.getString("professionalId").equals(mine.getString("id")));

        // planned absences: two weeks away of the request's 26 lower the availability part; away for all of it, not ranked
        LocalDate away = TODAY.plusDays(30);
        assertField(Http.put(MARKET + "/profile", pro, etag, profile(amersfoort, "99.00").add("absences", absence(away, away.minusDays(1)))
                .build().toString()), 400, "absences[0].endDate");
        etag = saveProfile(pro, etag, profile(amersfoort, "99.00").add("absences", absence(away, away.plusDays(13))));
        assertThat(Http.get(MARKET + "/profile", pro).json().getJsonArray("absences").getJsonObject(0).getString("endDate"))
                .as("the last day away, included").isEqualTo(away.plusDays(13).toString());
        JsonObject awhileAway = Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("professionalId").equals(mine.getString("id"))).findFirst().orElseThrow();
        assertThat(awhileAway.getInt("absentDays")).isEqualTo(14);
        assertThat(Http.get(MARKET + "/requests", pro).array().getValuesAs(JsonObject.class)).as("the professional's own view of the request")
                .filteredOn(o -> o.getString("id").equals(listing)).singleElement().satisfies(o -> assertThat(o.getInt("absentDays")).isEqualTo(14));
        etag = saveProfile(pro, etag, profile(amersfoort, "99.00").add("absences", absence(away, away.plusDays(13))
                .add(Json.createObjectBuilder().add("startDate", away.plusDays(40).toString()).add("endDate", away.plusDays(46).toString()))));
        JsonObject twiceAway = Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("professionalId").equals(mine.getString("id"))).findFirst().orElseThrow();
        assertThat(twiceAway.getInt("absentDays")).as("two periods away: 14 + 7 days").isEqualTo(21);
        assertThat(twiceAway.getJsonObject("score").getJsonNumber("availability").doubleValue()).as("10 × (182 − 21) / 182 + 5").isEqualTo(13.8);
        assertThat(awhileAway.getJsonObject("score").getJsonNumber("availability").doubleValue()).as("10 × (182 − 14) / 182 + 5").isEqualTo(14.2);
        etag = saveProfile(pro, etag, profile(amersfoort, "99.00").add("absences", absence(TODAY, TODAY.plusDays(200))));
        assertThat(Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class)).as("away for the whole period")
                .noneMatch(c -> c.getString("professionalId").equals(mine.getString("id")));
        saveProfile(pro, etag, profile(amersfoort, "99.00"));

        assertThat(Http.post(url + "/withdraw", pm, "\"0\"", "").json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(Http.get(url + "/candidates", pm).array()).as("withdrawn: nobody is offered").isEmpty();
        assertThat(count("select count(*) from listing_candidate where listing_id = ?::uuid", listing)).as("its kept ranking is gone").isZero();
    }

    @Test
    void badRequestsNameTheFieldAndNothingCrossesTenantsOrRealms() {
        String pm = Http.token("acme", "pm");
        String project = Projects.create("acme", pm, Stack.unique("MQ-")).getString("id");
        String requests = Stack.API + "/t/acme/marketplace/requests";
        int utrecht = place(pm, Stack.API + "/t/acme/marketplace/places", "Utrecht");
        assertField(Http.post(requests, pm, request(project, utrecht).add("startDate", TODAY.minusDays(1).toString()).build().toString()), 409, "startDate");
        assertField(Http.post(requests, pm, request(project, utrecht).addNull("placeId").build().toString()), 409, "placeId");
        assertField(Http.post(requests, pm, request(project, utrecht).add("level", "GURU").build().toString()), 400, "level");
        assertField(Http.post(requests, pm, request(project, utrecht).add("skills", Json.createArrayBuilder()).build().toString()), 400, "skills");
        assertField(Http.post(requests, pm, request(project, utrecht).add("maxRate", -5).build().toString()), 400, "maxRate");
        assertThat(Http.post(requests, Http.token("acme", "viewer"), request(project, utrecht).build().toString()).status()).isEqualTo(403);

        String url = Http.post(requests, pm, request(project, utrecht).build().toString()).header("Location");
        String globex = Http.token("globex", "pm");
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/"), globex).status()).isEqualTo(404);
        assertThat(Http.get(url.replace("/t/acme/", "/t/globex/") + "/candidates", globex).status()).isEqualTo(404);
        assertThat(Http.get(requests.replace("/t/acme/", "/t/globex/"), globex).array().getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getString("projectId").equals(project));

        String pro = Http.token("pmohub", "pro2");
        assertThat(Http.get(url, pro).status()).as("a professional's token in a client tenant").isEqualTo(401);
        assertThat(Http.get(MARKET + "/profile", pm).status()).as("a client's token on the marketplace").isEqualTo(401);
        assertThat(Http.get(Stack.API + "/platform/professionals/pending", pro).status()).as("professionals do not vet").isEqualTo(403);
        assertThat(Http.get(Stack.API + "/platform/professionals/pending", Http.token("pmohub", "operator")).status()).isEqualTo(200);
    }

    @Test
    void professionalsAnswerRequestsThatFitThemAndTheClockAndTheOperatorsSeeIt() {
        String pm = Http.token("acme", "pm");
        String pro = Http.token("pmohub", "pro2");
        JsonObject me = Http.get(MARKET + "/profile", pro).json();
        int utrecht = place(pm, Stack.API + "/t/acme/marketplace/places", "Utrecht");
        String project = Projects.create("acme", pm, Stack.unique("MR-")).getString("id");
        JsonObjectBuilder body = Json.createObjectBuilder().add("projectId", project).add("title", Stack.unique("Controller ")).add("level", "TACTICAL")
                .add("skills", Json.createArrayBuilder().add(Json.createObjectBuilder().add("skill", "FINANCE").add("minDepth", "BASIC").add("required", true)))
                .add("remote", false).add("placeId", utrecht).add("maxDistanceKm", 80).add("startDate", TODAY.plusDays(14).toString())
                .add("hoursPerWeek", 24).add("durationWeeks", 12).add("maxRate", new BigDecimal("125.00"));
        Http.Reply submitted = Http.post(Stack.API + "/t/acme/marketplace/requests", pm, body.build().toString());
        String url = submitted.header("Location");
        String id = submitted.json().getString("id");
        assertThat(submitted.json().containsKey("shortlistReachedAt")).as("the 48-hour clock runs").isFalse();

        JsonObject listed = Http.get(MARKET + "/requests", pro).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(listed.keySet()).as("no client name before a match").doesNotContain("clientTenant", "projectId");
        assertThat(listed.containsKey("answer")).isFalse();
        Http.Reply answered = Http.put(MARKET + "/requests/" + id + "/answer", pro, null, "{\"interested\":true}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getBoolean("answer")).isTrue();
        assertThat(Http.put(MARKET + "/requests/" + java.util.UUID.randomUUID() + "/answer", pro, null, "{\"interested\":true}").status()).isEqualTo(404);

        assertThat(Http.get(url, pm).json().getInt("interested")).isEqualTo(1);
        assertThat(Http.get(url + "/candidates", pm).array().getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("professionalId").equals(me.getString("id")))
                .allSatisfy(c -> assertThat(c.getBoolean("interested")).isTrue());

        String operator = Http.token("pmohub", "operator");
        assertThat(Http.get(Stack.API + "/platform/requests/at-risk", operator).status()).isEqualTo(200);
        assertThat(Http.get(Stack.API + "/platform/requests/promise", operator).array().getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getInt("requests")).isPositive());
        assertThat(Http.get(Stack.API + "/platform/requests/at-risk", pro).status()).as("professionals do not oversee").isEqualTo(403);
        Http.post(url + "/withdraw", pm, "\"0\"", "");
        assertThat(Http.get(MARKET + "/requests", pro).array().getValuesAs(JsonObject.class)).as("withdrawn: no longer offered")
                .noneMatch(o -> o.getString("id").equals(id));
    }
}
