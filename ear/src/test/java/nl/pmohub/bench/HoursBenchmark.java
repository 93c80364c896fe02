package nl.pmohub.bench;

import jakarta.json.JsonObject;
import nl.pmohub.it.Http;
import nl.pmohub.it.Projects;
import nl.pmohub.it.Stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Time registration and budgets at size ({@code -Dbench.only=hours}): acme gets 500 projects and two years of
 * weekday hours of 200 people (≈ 208,000 entries), globex ten times that (5,000 projects, 2,000 people,
 * ≈ 2.1 million), written straight into PostgreSQL as the schema owner (codes BENCH-H-…, people bench.…).
 * Then, at 10 concurrent clients in each tenant: approving a handed-in week, a project's budget with its
 * earned value, and the tenant's hours to approve. Removes what it wrote at the end. Prints; asserts nothing.
 */
final class HoursBenchmark {

    private static final String DB = System.getProperty("bench.db-url", "jdbc:postgresql://127.0.0.1:5432/pmohub");
    private static final int CLIENTS = 10;
    private static final int REQUESTS = Integer.getInteger("bench.requests", 2000);

    private HoursBenchmark() {
    }

    static void run() throws Exception {
        record Size(String tenant, int projects, int people) {
        }
        for (Size size : List.of(new Size("acme", 500, 200), new Size("globex", 5000, 2000))) {
            try (Connection db = DriverManager.getConnection(DB, "pmohub_owner", "pmohub_owner")) {
                long start = System.nanoTime();
                long entries = generate(db, size.tenant(), size.projects(), size.people());
                System.out.printf(Locale.ROOT, "%s: %,d projects, %,d people, %,d time entries written in %.0f s%n", size.tenant(),
                        size.projects(), size.people(), entries, (System.nanoTime() - start) / 1e9);
            }
            try {
                measure(size.tenant());
            } finally {
                try (Connection db = DriverManager.getConnection(DB, "pmohub_owner", "pmohub_owner")) {
                    clean(db, size.tenant());
                }
            }
        }
    }

    private static void measure(String tenant) throws Exception {
        String pm = Http.token(tenant, "pm");
        List<String> projects = new ArrayList<>();
        Http.get(Projects.url(tenant) + "?q=BENCH-H-&size=200", pm).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(p -> projects.add(p.getString("id")));
        List<JsonObject> waiting = new ArrayList<>();
        for (int page = 0; waiting.size() < REQUESTS; page++) {
            List<JsonObject> items = Http.get(Stack.API + "/t/" + tenant + "/timesheets/to-approve?size=200&page=" + page, pm).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            items.stream().filter(w -> w.getString("person").startsWith("bench.")).forEach(waiting::add);   // not a demo user's own week
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            ApiBenchmark.measure(pool, tenant + ": warm-up (not counted)", 1000, i -> i % 2 == 0
                    ? Http.get(Stack.API + "/t/" + tenant + "/timesheets/to-approve?size=50&page=" + (i % 10), pm).status() :
                    Http.get(Projects.url(tenant) + "/" + projects.get(i % projects.size()) + "/budget", pm).status());
            ApiBenchmark.measure(pool, tenant + ": hours to approve, 50", REQUESTS, i ->
                    Http.get(Stack.API + "/t/" + tenant + "/timesheets/to-approve?size=50&page=" + (i % 10), pm).status());
            ApiBenchmark.measure(pool, tenant + ": budget with earned value", REQUESTS, i ->
                    Http.get(Projects.url(tenant) + "/" + projects.get(i % projects.size()) + "/budget", pm).status());
            ApiBenchmark.measure(pool, tenant + ": approve a week", Math.min(REQUESTS, waiting.size()), i -> {
                JsonObject week = waiting.get(i);
                Http.Reply approved = Http.post(Projects.url(tenant) + "/" + week.getString("projectId") + "/timesheets/" + week.getString("id")
                        + "/approve", pm, "\"" + week.getInt("version") + "\"", "");
                if (approved.status() != 200) {
                    System.out.println("approve refused: " + approved);
                }
                return approved.status();
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Projects BENCH-H-1…n running from two years ago to a year ahead, each with three budget lines; people
     * bench.1…m with a rate, each working 4 hours a weekday on two projects for 104 weeks: weeks before last
     * approved, last week handed in, this week open. Written with row-level security on for the tenant.
     */
    private static long generate(Connection db, String tenant, int projects, int people) throws SQLException {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
            sql.execute("""
                    create temporary table bench_project on commit preserve rows as
                    select n, gen_random_uuid() as id from generate_series(1, %d) n""".formatted(projects));
            sql.execute("""
                    insert into project (id, tenant_id, code, name, method, manager, start_date, end_date, status, phase, budget, created_at, updated_at, version)
                    select id, '%s', 'BENCH-H-' || n, 'Bench hours ' || n, 'PRINCE2', 'Bench', date '%s' - 730, date '%s' + 365, 'GREEN', 'ACTIVE',
                           1000000, now(), now(), 0 from bench_project""".formatted(tenant, monday, monday));
            sql.execute("""
                    insert into budget_line (id, tenant_id, project_id, category, description, amount, first_month, last_month, created_at, updated_at, version)
                    select gen_random_uuid(), '%s', id, c, 'Bench ' || c, 300000, date_trunc('month', date '%s' - 730), date_trunc('month', date '%s' + 365), now(), now(), 0
                    from bench_project, unnest(array['INTERNAL_LABOUR', 'MATERIALS', 'OTHER']) c""".formatted(tenant, monday, monday));
            sql.execute("""
                    insert into person_rate (id, tenant_id, person, hourly_rate, valid_from, created_at, updated_at, version)
                    select gen_random_uuid(), '%s', 'bench.' || p, 80 + p %% 40, date '%s' - 800, now(), now(), 0
                    from generate_series(1, %d) p""".formatted(tenant, monday, people));
            sql.execute("""
                    create temporary table bench_sheet on commit preserve rows as
                    select gen_random_uuid() as id, pr.id as project_id, 'bench.' || p as person, date '%s' - 7 * w as week_start, w
                    from generate_series(1, %d) p, generate_series(0, 1) k, generate_series(0, 103) w, bench_project pr
                    where pr.n = 1 + (p * 2 + k) %% %d""".formatted(monday, people, projects));
            sql.execute("""
                    insert into timesheet (id, tenant_id, project_id, person, week_start, status, total_hours, decided_by, decided_at, submitted_at, created_at, updated_at, version)
                    select id, '%s', project_id, person, week_start,
                           case w when 0 then 'OPEN' when 1 then 'SUBMITTED' else 'APPROVED' end, 20,
                           case when w > 1 then 'pm' end, case when w > 1 then now() end, case when w > 0 then now() end, now(), now(), 0
                    from bench_sheet""".formatted(tenant));
            sql.execute("""
                    insert into time_entry (id, tenant_id, timesheet_id, project_id, person, work_date, hours, approved)
                    select gen_random_uuid(), '%s', s.id, s.project_id, s.person, s.week_start + d, 4, s.w > 1
                    from bench_sheet s, generate_series(0, 4) d""".formatted(tenant));
            sql.execute("analyze project; analyze timesheet; analyze time_entry; analyze budget_line; analyze person_rate");
            try (var rs = sql.executeQuery("select count(*) from bench_sheet")) {
                rs.next();
                return rs.getLong(1) * 5;
            }
        }
    }

    private static void clean(Connection db, String tenant) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
            // entries and weeks go with their projects (on delete cascade)
            sql.execute("delete from project where code like 'BENCH-H-%'");
            sql.execute("delete from person_rate where person like 'bench.%'");
        }
        try (PreparedStatement vacuum = db.prepareStatement("vacuum analyze time_entry")) {
            vacuum.execute();
        }
    }
}
