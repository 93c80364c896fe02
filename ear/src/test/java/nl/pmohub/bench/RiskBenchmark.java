package nl.pmohub.bench;

import nl.pmohub.it.Http;
import nl.pmohub.it.Stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The risk register at size ({@code -Dbench.only=risks}): 500 projects of acme (codes BENCH-R-…) with 40 risks each,
 * 20,000 in all (three in four open, spread over the heat map), written straight into PostgreSQL as the schema owner.
 * Then, at 10 concurrent clients, the portfolio's heat map and its top 10 risks through the API; prints p50/p95 and the
 * plans of both queries. Removes what it wrote at the end. Prints; asserts nothing.
 */
final class RiskBenchmark {

    private static final String DB = System.getProperty("bench.db-url", "jdbc:postgresql://127.0.0.1:5432/pmohub");
    private static final int PROJECTS = 500;
    private static final int RISKS_PER_PROJECT = 40;
    private static final int CLIENTS = 10;
    private static final int CALLS = Integer.getInteger("bench.requests", 2000);

    private RiskBenchmark() {
    }

    static void run() throws Exception {
        try (Connection db = DriverManager.getConnection(DB, "pmohub_owner", "pmohub_owner")) {
            clean(db);
            long start = System.nanoTime();
            generate(db);
            try (Statement sql = db.createStatement()) {
                sql.execute("vacuum analyze risk");   // as autovacuum would: statistics and the visibility map for index-only scans
                sql.execute("analyze project");
            }
            System.out.printf(Locale.ROOT, "%,d projects and %,d risks written in %.0f s%n", PROJECTS, PROJECTS * RISKS_PER_PROJECT,
                    (System.nanoTime() - start) / 1e9);
            try {
                measure();
                plan(db, "heat map", "select probability, impact, count(*) from risk where tenant_id = 'acme' and status = 'OPEN' group by probability, impact");
                plan(db, "top 10", """
                        select r.*, p.code from risk r join project p on p.id = r.project_id
                        where r.tenant_id = 'acme' and r.status = 'OPEN' order by r.score desc, r.next_review, r.id limit 10""");
            } finally {
                clean(db);
            }
        }
    }

    private static void generate(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");   // row-level security holds for the owner too
            sql.execute("""
                    insert into project (id, tenant_id, code, name, method, manager, start_date, end_date, status, phase, budget, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', 'BENCH-R-' || lpad(g::text, 3, '0'), 'Benchmark project ' || g, 'PRINCE2', 'Bench Manager',
                           current_date - 90, current_date + 270, 'GREEN', 'ACTIVE', 100000, now(), now(), 0
                    from generate_series(1, {N}) g""".replace("{N}", String.valueOf(PROJECTS)));
            sql.execute("""
                    insert into risk (id, tenant_id, project_id, title, description, category, cause, effect, probability, impact_cost, impact_time,
                        impact_quality, impact_reputation, impact, score, owner, response, proximity, status, next_review, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', p.id, 'Bench risk ' || k, '', 'TECHNICAL', '', '', v.probability, v.cost, v.time, 1, 1,
                           greatest(v.cost, v.time), v.probability * greatest(v.cost, v.time), 'Bench Owner', 'MITIGATE', 'LATER',
                           case when k % 4 = 3 then (case when k % 8 = 3 then 'CLOSED' else 'OCCURRED' end) else 'OPEN' end,
                           current_date + (k % 60) - 20, now(), now(), 0
                    from project p cross join generate_series(0, {K} - 1) k
                    cross join lateral (select 1 + (k + abs(hashtext(p.code))) % 5 as probability, 1 + (k * 7 + abs(hashtext(p.code))) % 5 as cost,
                                               1 + (k * 3) % 5 as time) v
                    where p.code like 'BENCH-R-%'""".replace("{K}", String.valueOf(RISKS_PER_PROJECT)));
        }
    }

    private static void measure() throws Exception {
        String pm = Http.token("acme", "pm");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            ApiBenchmark.measure(pool, "warm-up (not counted)", 500, i -> Http.get(Stack.API + (i % 2 == 0 ? "/t/acme/risks/heat-map"
                    : "/t/acme/risks/top?limit=10"), pm).status());
            ApiBenchmark.measure(pool, "portfolio heat map, 20k risks", CALLS, i -> Http.get(Stack.API + "/t/acme/risks/heat-map", pm).status());
            ApiBenchmark.measure(pool, "top 10 risks, 20k risks", CALLS, i -> Http.get(Stack.API + "/t/acme/risks/top?limit=10", pm).status());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void plan(Connection db, String name, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet plan = sql.executeQuery("explain (analyze, buffers off) " + query)) {
            System.out.println("plan of the " + name + ":");
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
            }
        }
    }

    private static void clean(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");
            sql.execute("delete from project where code like 'BENCH-R-%'");   // their risks go with them (on delete cascade)
        }
    }
}
