package nl.pmohub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Sprints, backlog, burndown and velocity through the real API, with real tokens; and their isolation. */
class ScrumApiIT extends EndToEnd {

    private static String sprints(String tenant, String projectId) {
        return Projects.url(tenant) + "/" + projectId + "/sprints";
    }

    private static String backlog(String tenant, String projectId) {
        return Projects.url(tenant) + "/" + projectId + "/backlog";
    }

    private static JsonObjectBuilder sprint(String team, LocalDate start, LocalDate end) {
        return Json.createObjectBuilder().add("team", team).add("goal", "Goal of " + team).add("startDate", start.toString())
                .add("endDate", end.toString());
    }

    private static JsonObjectBuilder item(String title, Integer estimate, String sprintId) {
        JsonObjectBuilder item = Json.createObjectBuilder().add("title", title);
        if (estimate != null) {
            item.add("estimate", estimate);
        }
        if (sprintId != null) {
            item.add("sprintId", sprintId);
        }
        return item;
    }

    /** A Scrum project running from a month ago to a year ahead. */
    private static String runningProject(String tenant, String pm) {
        LocalDate today = LocalDate.now();
        Http.Reply created = Http.post(Projects.url(tenant), pm, Projects.valid(Stack.unique("SC-")).add("method", "SCRUM")
                .add("startDate", today.minusMonths(1).toString()).add("endDate", today.plusYears(1).toString()).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }


    private static Http.Reply created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    @Test
    void aSprintRunsFromPlanningThroughItsReviewWithBurndownAndVelocity() {
        String pm = Http.token("acme", "pm");
        String project = runningProject("acme", pm);
        String team = Stack.unique("Team ");
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(3);

        Http.Reply planned = created(Http.post(sprints("acme", project), pm, sprint(team, start, start.plusDays(13)).build().toString()));
        assertThat(planned.json().getInt("number")).isEqualTo(1);
        assertThat(planned.json().getString("status")).isEqualTo("PLANNED");
        assertThat(planned.json().containsKey("committedPoints")).isFalse();
        String sprintId = planned.json().getString("id");
        String sprintUrl = sprints("acme", project) + "/" + sprintId;

        Http.Reply a = created(Http.post(backlog("acme", project), pm, item("Story A", 5, sprintId).build().toString()));
        created(Http.post(backlog("acme", project), pm, item("Story B", 3, sprintId).build().toString()));
        created(Http.post(backlog("acme", project), pm, item("Story C", 8, sprintId).build().toString()));
        created(Http.post(backlog("acme", project), pm, item("Story D", 2, null).build().toString()));
        assertField(Http.post(backlog("acme", project), pm, item("Too big", 101, null).build().toString()), 400, "estimate");
        assertThat(a.json().getInt("sprintNumber")).isEqualTo(1);

        Http.Reply started = Http.post(sprintUrl + "/start", pm, planned.header("ETag"), "");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(started.json().getInt("committedPoints")).isEqualTo(16);

        Http.Reply done = Http.put(backlog("acme", project) + "/" + a.json().getString("id"), pm, a.header("ETag"),
                item("Story A", 5, sprintId).add("status", "DONE").build().toString());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("doneOn")).isEqualTo(today.toString());

        JsonObject burndown = Http.get(sprintUrl + "/burndown", Http.token("acme", "viewer")).json();
        List<JsonObject> days = burndown.getJsonArray("days").getValuesAs(JsonObject.class);
        assertThat(days).hasSize(14);
        assertThat(burndown.getInt("baseline")).isEqualTo(16);
        assertThat(burndown.getInt("remaining")).isEqualTo(11);
        assertThat(days.get(0).getJsonNumber("ideal").doubleValue()).isEqualTo(16.0);
        assertThat(days.get(13).getJsonNumber("ideal").doubleValue()).isZero();
        assertThat(days.get(2).getInt("actual")).as("yesterday").isEqualTo(16);
        assertThat(days.get(3).getInt("actual")).as("today").isEqualTo(11);
        assertThat(days.get(4).containsKey("actual")).as("no actuals for the future").isFalse();

        assertThat(Http.post(sprintUrl + "/review", pm, planned.header("ETag"), "{\"notes\":\"stale\"}").status()).isEqualTo(412);
        assertThat(Http.post(sprintUrl + "/review", pm, null, "{\"notes\":\"no tag\"}").status()).isEqualTo(428);
        assertField(Http.post(sprintUrl + "/review", pm, started.header("ETag"), "{\"notes\":\"\"}"), 400, "notes");
        Http.Reply reviewed = Http.post(sprintUrl + "/review", pm, started.header("ETag"), "{\"notes\":\"Story A shown to the users\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(reviewed.json().getInt("completedPoints")).isEqualTo(5);
        assertThat(reviewed.json().getString("reviewedOn")).isEqualTo(today.toString());

        assertThat(titles(Http.get(backlog("acme", project) + "?sprint=product", pm).array()))
                .containsExactlyInAnyOrder("Story B", "Story C", "Story D");
        assertThat(titles(Http.get(backlog("acme", project) + "?sprint=" + sprintId, pm).array())).containsExactly("Story A");
        assertThat(Http.get(backlog("acme", project), pm).array()).hasSize(4);
        assertField(Http.get(backlog("acme", project) + "?sprint=nonsense", pm), 400, "sprint");

        JsonObject velocity = Http.get(Projects.url("acme") + "/" + project + "/velocity", pm).json();
        assertThat(velocity.getJsonArray("sprints").getValuesAs(JsonObject.class)).singleElement().satisfies(s -> {
            assertThat(s.getString("sprintId")).isEqualTo(sprintId);
            assertThat(s.getInt("committedPoints")).isEqualTo(16);
            assertThat(s.getInt("completedPoints")).isEqualTo(5);
        });
        assertThat(velocity.getJsonNumber("recentAverage").doubleValue()).isEqualTo(5.0);

        Http.Reply closedChange = Http.put(sprintUrl, pm, reviewed.header("ETag"), sprint(team, start, start.plusDays(13)).build().toString());
        assertThat(closedChange.status()).as("a closed sprint does not change").isEqualTo(409);
        assertField(Http.post(backlog("acme", project), pm, item("Late", 1, sprintId).build().toString()), 409, "sprintId");
    }

    @Test
    void aTeamsSprintsNeverOverlapButAnotherTeamsMay() {
        String pm = Http.token("acme", "pm");
        String project = runningProject("acme", pm);
        String team = Stack.unique("Team ");
        LocalDate start = LocalDate.now().plusDays(7);
        created(Http.post(sprints("acme", project), pm, sprint(team, start, start.plusDays(13)).build().toString()));

        assertField(Http.post(sprints("acme", project), pm, sprint(team, start.plusDays(13), start.plusDays(26)).build().toString()), 409, "startDate");
        String otherProject = runningProject("acme", pm);
        assertField(Http.post(sprints("acme", otherProject), pm, sprint(team, start.minusDays(5), start).build().toString()), 409, "startDate");
        assertThat(Http.get(sprints("acme", project), pm).array()).as("nothing written").hasSize(1);
        assertThat(Http.get(sprints("acme", otherProject), pm).array()).isEmpty();

        Http.Reply next = created(Http.post(sprints("acme", project), pm, sprint(team, start.plusDays(14), start.plusDays(27)).build().toString()));
        assertThat(next.json().getInt("number")).isEqualTo(2);
        created(Http.post(sprints("acme", project), pm, sprint(Stack.unique("Other team "), start, start.plusDays(13)).build().toString()));
        assertThat(Http.get(sprints("acme", project), pm).array()).hasSize(3);

        assertField(Http.post(sprints("acme", project), pm, sprint(Stack.unique("T "), start, start.minusDays(1)).build().toString()), 400, "endDate");
        assertField(Http.post(sprints("acme", project), pm, sprint(Stack.unique("T "), start, start.plusDays(56)).build().toString()), 409, "endDate");
        assertField(Http.post(sprints("acme", project), pm, sprint(Stack.unique("T "), start, start.plusDays(3)).add("goal", " ").build().toString()), 400, "goal");
        assertField(Http.post(sprints("acme", project), pm, sprint(Stack.unique("T "), LocalDate.now().minusYears(1), LocalDate.now().minusYears(1).plusDays(3))
                .build().toString()), 409, "startDate");
        assertThat(Http.post(sprints("acme", project), Http.token("acme", "viewer"), sprint(Stack.unique("T "), start, start).build().toString()).status())
                .isEqualTo(403);
        assertThat(Http.get(sprints("acme", project), pm).array()).hasSize(3);
    }

    /**
     * The database's backstop: a sprint of the team that the service cannot see yet (written by a transaction
     * still open) makes the API's insert wait; once it commits, the exclusion constraint refuses the insert and
     * the answer is the same 409 naming startDate, not a 500.
     */
    @Test
    void aRaceLostToTheExclusionConstraintIsStillAConflictNamingTheField() throws Exception {
        String pm = Http.token("acme", "pm");
        String project = runningProject("acme", pm);
        String otherProject = runningProject("acme", pm);
        String team = Stack.unique("Race team ");
        LocalDate start = LocalDate.now().plusDays(30);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            db.setAutoCommit(false);
            setTenant(db, "acme");
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into sprint (id, tenant_id, project_id, team, number, goal, start_date, end_date, status, created_at, updated_at, version)
                    values (gen_random_uuid(), 'acme', ?::uuid, ?, 1, 'first', ?, ?, 'PLANNED', now(), now(), 0)""")) {
                insert.setString(1, otherProject);
                insert.setString(2, team);
                insert.setObject(3, start);
                insert.setObject(4, start.plusDays(13));
                insert.executeUpdate();
            }
            Future<Http.Reply> racing = pool.submit(() ->
                    Http.post(sprints("acme", project), pm, sprint(team, start.plusDays(7), start.plusDays(20)).build().toString()));
            awaitLockWait();
            db.commit();

            Http.Reply refused = racing.get();
            assertField(refused, 409, "startDate");
            assertThat(refused.json().getString("detail")).as("refused by the database, not the service").contains("already has a sprint in this period");
        } finally {
            pool.shutdownNow();
        }
        assertThat(Http.get(sprints("acme", project), pm).array()).isEmpty();
        assertThat(Http.get(sprints("acme", otherProject), pm).array()).hasSize(1);
    }

    /** Waits until some statement of the application waits for a row lock (the racing insert), at most 30 s. */
    private static void awaitLockWait() throws Exception {
        try (Connection watcher = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            for (int i = 0; i < 300; i++) {
                if (count(watcher, "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'insert into sprint%'") > 0) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the racing insert never waited for the open transaction");
    }

    @Test
    void writesNeedTheCurrentVersionAndOnlyPlannedSprintsAreRemoved() {
        String pm = Http.token("acme", "pm");
        String project = runningProject("acme", pm);
        String team = Stack.unique("Team ");
        LocalDate start = LocalDate.now();
        Http.Reply planned = created(Http.post(sprints("acme", project), pm, sprint(team, start, start.plusDays(9)).build().toString()));
        String url = sprints("acme", project) + "/" + planned.json().getString("id");
        Http.Reply item = created(Http.post(backlog("acme", project), pm, item("Story", 3, planned.json().getString("id")).build().toString()));

        Http.Reply revised = Http.put(url, pm, planned.header("ETag"), sprint(team, start, start.plusDays(13)).add("goal", "Sharper goal").build().toString());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getString("goal")).isEqualTo("Sharper goal");
        assertThat(Http.put(url, pm, planned.header("ETag"), sprint(team, start, start.plusDays(5)).build().toString()).status()).isEqualTo(412);
        assertThat(Http.put(url, pm, null, sprint(team, start, start.plusDays(5)).build().toString()).status()).isEqualTo(428);
        String itemUrl = backlog("acme", project) + "/" + item.json().getString("id");
        assertThat(Http.put(itemUrl, pm, "\"99\"", item("Story", 3, null).build().toString()).status()).isEqualTo(412);
        assertThat(Http.delete(url, pm, planned.header("ETag")).status()).isEqualTo(412);

        Http.Reply removed = Http.delete(url, pm, revised.header("ETag"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(Http.get(sprints("acme", project), pm).array()).isEmpty();
        JsonArray left = Http.get(backlog("acme", project) + "?sprint=product", pm).array();
        assertThat(titles(left)).as("its items went back to the product backlog").containsExactly("Story");

        Http.Reply other = created(Http.post(sprints("acme", project), pm, sprint(team, start, start.plusDays(9)).build().toString()));
        Http.Reply started = Http.post(sprints("acme", project) + "/" + other.json().getString("id") + "/start", pm, other.header("ETag"), "");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().getInt("committedPoints")).isZero();
        Http.Reply refused = Http.delete(sprints("acme", project) + "/" + other.json().getString("id"), pm, started.header("ETag"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

        JsonObject stored = Http.get(backlog("acme", project) + "?sprint=product", pm).array().getJsonObject(0);
        Http.Reply deleted = Http.delete(itemUrl, pm, "\"" + stored.getInt("version") + "\"");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    }

    @Test
    void anotherTenantsSprintsAndBacklogStayInvisible() throws SQLException {
        String acmePm = Http.token("acme", "pm");
        String project = runningProject("acme", acmePm);
        Http.Reply sprint = created(Http.post(sprints("acme", project), acmePm,
                sprint(Stack.unique("Team "), LocalDate.now(), LocalDate.now().plusDays(13)).build().toString()));
        String sprintId = sprint.json().getString("id");
        Http.Reply item = created(Http.post(backlog("acme", project), acmePm, item(Stack.unique("Secret "), 3, sprintId).build().toString()));
        String itemId = item.json().getString("id");

        String globexPm = Http.token("globex", "pm");
        assertThat(Http.get(sprints("acme", project), globexPm).status()).as("globex token on acme").isEqualTo(401);
        assertThat(Http.get(backlog("acme", project), globexPm).status()).isEqualTo(401);
        assertThat(Http.get(sprints("globex", project), globexPm).status()).as("acme project id in globex").isEqualTo(404);
        assertThat(Http.get(sprints("globex", project) + "/" + sprintId + "/burndown", globexPm).status()).isEqualTo(404);
        assertThat(Http.get(Projects.url("globex") + "/" + project + "/velocity", globexPm).status()).isEqualTo(404);

        String globexProject = runningProject("globex", globexPm);
        assertThat(Http.get(sprints("globex", globexProject) + "/" + sprintId, globexPm).status()).isEqualTo(404);
        assertThat(Http.get(sprints("globex", globexProject) + "/" + sprintId + "/burndown", globexPm).status()).isEqualTo(404);
        assertThat(Http.post(sprints("globex", globexProject) + "/" + sprintId + "/start", globexPm, sprint.header("ETag"), "").status()).isEqualTo(404);
        assertThat(Http.put(backlog("globex", globexProject) + "/" + itemId, globexPm, item.header("ETag"),
                item("hijack", 1, null).build().toString()).status()).isEqualTo(404);
        assertThat(Http.delete(backlog("globex", globexProject) + "/" + itemId, globexPm, item.header("ETag")).status()).isEqualTo(404);
        assertField(Http.post(backlog("globex", globexProject), globexPm, item("into acme's sprint", 1, sprintId).build().toString()), 400, "sprintId");
        assertThat(Http.get(backlog("globex", globexProject) + "?sprint=" + sprintId, globexPm).status()).isEqualTo(404);
        assertThat(titles(Http.get(backlog("acme", project), acmePm).array())).containsExactly(item.json().getString("title"));

        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            db.setAutoCommit(false);
            for (String table : List.of("sprint", "backlog_item")) {
                assertThat(count(db, "select count(*) from " + table)).as("no tenant set: no " + table).isZero();
            }
            setTenant(db, "acme");
            assertThat(count(db, "select count(*) from sprint where id = '" + sprintId + "'")).isEqualTo(1);
            assertThat(count(db, "select count(*) from backlog_item where id = '" + itemId + "'")).isEqualTo(1);
            assertThat(count(db, "select count(*) from sprint where tenant_id <> 'acme'")).isZero();
            assertThat(count(db, "select count(*) from backlog_item where tenant_id <> 'acme'")).isZero();
            db.rollback();

            setTenant(db, "globex");
            assertThat(count(db, "select count(*) from sprint where id = '" + sprintId + "'")).isZero();
            assertThat(count(db, "select count(*) from backlog_item where id = '" + itemId + "'")).isZero();
            assertThat(count(db, "select count(*) from sprint")).as("globex demo sprints").isPositive();
            assertThat(count(db, "select count(*) from backlog_item where tenant_id = 'acme'")).isZero();
            assertThat(db.createStatement().executeUpdate("update backlog_item set title = 'x' where id = '" + itemId + "'")).isZero();
            db.rollback();
            assertThat(count(db, "select count(*) from sprint")).as("the setting was transaction-local").isZero();
        }
    }

    @Test
    void theDemoScrumProjectHasAHistoryARunningSprintAndAPlannedOne() {
        String viewer = Http.token("acme", "viewer");
        JsonObject page = Http.get(Projects.url("acme") + "?q=ACM-103&size=5", viewer).json();
        String project = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("ACM-103")).findFirst().orElseThrow().getString("id");
        List<JsonObject> list = Http.get(sprints("acme", project), viewer).array().getValuesAs(JsonObject.class);
        assertThat(list).extracting(s -> s.getString("status"))
                .containsExactly("CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "ACTIVE", "PLANNED");
        JsonObject active = list.get(6);
        JsonObject burndown = Http.get(sprints("acme", project) + "/" + active.getString("id") + "/burndown", viewer).json();
        assertThat(burndown.getInt("remaining")).as("part of the running sprint is done").isLessThan(burndown.getInt("baseline"));
        JsonObject velocity = Http.get(Projects.url("acme") + "/" + project + "/velocity", viewer).json();
        assertThat(velocity.getJsonArray("sprints").getValuesAs(JsonObject.class))
                .allSatisfy(s -> assertThat(s.getInt("completedPoints")).isBetween(18, 31)).hasSize(6);
    }

    private static List<String> titles(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList();
    }


    private static void setTenant(Connection db, String tenant) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
