package nl.pmohub.bench;

import nl.pmohub.it.Http;
import nl.pmohub.it.Stack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The tenant-wide search over decisions and lessons at size ({@code -Dbench.only=knowledge}): 25,000 decisions and
 * 25,000 lessons of acme on 50 projects (codes BENCH-K-…), their texts drawn from Dutch and English PMO sentences,
 * written straight into PostgreSQL as the schema owner. Then, at 10 concurrent clients, the first page of searches for
 * Dutch and English words and word forms through the API; prints p50/p95 and the plan of one search. Removes what it
 * wrote at the end. Prints; asserts nothing.
 */
final class KnowledgeBenchmark {

    private static final String DB = System.getProperty("bench.db-url", "jdbc:postgresql://127.0.0.1:5432/pmohub");
    private static final int PROJECTS = 50;
    private static final int PER_KIND = 25_000;
    private static final int CLIENTS = 10;
    private static final int CALLS = Integer.getInteger("bench.requests", 2000);
    /** What people look for: Dutch and English words, other forms than the stored ones, two-word searches. */
    private static final List<String> SEARCHES = List.of("vergunningen", "leverancier", "stuurgroep besluit", "aanbesteding", "planning vertraagd",
            "supplier", "budget overrun", "scope change", "testen", "risico's", "requirements", "omwonenden", "migratie data", "training",
            "contract", "opleveringen");

    private KnowledgeBenchmark() {
    }

    static void run() throws Exception {
        try (Connection db = DriverManager.getConnection(DB, "pmohub_owner", "pmohub_owner")) {
            clean(db);
            long start = System.nanoTime();
            generate(db);
            try (Statement sql = db.createStatement()) {
                sql.execute("vacuum analyze decision");
                sql.execute("vacuum analyze lesson");
            }
            System.out.printf(Locale.ROOT, "%,d decisions and %,d lessons written in %.0f s%n", PER_KIND, PER_KIND, (System.nanoTime() - start) / 1e9);
            try {
                measure();
                plan(db);
            } finally {
                clean(db);
            }
        }
    }

    private static void generate(Connection db) throws SQLException {
        String phrases = """
                array['De vergunning van de gemeente komt later dan gepland', 'De leverancier levert de onderdelen te laat',
                      'De stuurgroep besluit de scope te beperken', 'De aanbesteding wordt opnieuw gedaan', 'De planning is vertraagd door ziekte',
                      'The supplier missed the delivery date', 'The budget overrun is covered by the contingency', 'A scope change was approved',
                      'Testen kost meer tijd dan geraamd', 'Risico''s worden wekelijks besproken', 'Requirements were unclear at the start',
                      'Omwonenden maken bezwaar tegen de bouw', 'De migratie van data vraagt extra controles', 'Training of the users came too late',
                      'Het contract met de aannemer wordt verlengd', 'Opleveringen worden per fase afgetekend']""";
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");   // row-level security holds for the owner too
            sql.execute("""
                    insert into project (id, tenant_id, code, name, method, manager, start_date, end_date, status, phase, budget, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', 'BENCH-K-' || lpad(g::text, 3, '0'), 'Benchmark project ' || g, 'PRINCE2', 'Bench Manager',
                           current_date - 400, current_date + 200, 'GREEN', 'ACTIVE', 100000, now(), now(), 0
                    from generate_series(1, {N}) g""".replace("{N}", String.valueOf(PROJECTS)));
            sql.execute("""
                    insert into decision (id, tenant_id, project_id, decision, rationale, alternatives, decided_by, decided_on, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', p.id, ({P})[1 + g % 16] || ' (' || g || ')', ({P})[1 + (g * 7) % 16], ({P})[1 + (g * 11) % 16],
                           'Bench Manager', current_date - (g % 365), now(), now(), 0
                    from generate_series(1, {K}) g
                    join (select row_number() over (order by code) - 1 as n, id from project where code like 'BENCH-K-%') p on p.n = g % {N}"""
                    .replace("{P}", phrases).replace("{K}", String.valueOf(PER_KIND)).replace("{N}", String.valueOf(PROJECTS)));
            sql.execute("""
                    insert into lesson (id, tenant_id, project_id, what_happened, what_we_learned, recommendation, category, recorded_on, created_at,
                        updated_at, version)
                    select gen_random_uuid(), 'acme', p.id, ({P})[1 + (g * 3) % 16] || ' (' || g || ')', ({P})[1 + (g * 5) % 16], ({P})[1 + (g * 13) % 16],
                           'Bench', current_date - (g % 365), now(), now(), 0
                    from generate_series(1, {K}) g
                    join (select row_number() over (order by code) - 1 as n, id from project where code like 'BENCH-K-%') p on p.n = g % {N}"""
                    .replace("{P}", phrases).replace("{K}", String.valueOf(PER_KIND)).replace("{N}", String.valueOf(PROJECTS)));
        }
    }

    private static void measure() throws Exception {
        String pm = Http.token("acme", "pm");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            ApiBenchmark.measure(pool, "warm-up (not counted)", 500, i -> Http.get(url(i), pm).status());
            ApiBenchmark.measure(pool, "search 50k decisions and lessons", CALLS, i -> Http.get(url(i), pm).status());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String url(int i) {
        return Stack.API + "/t/acme/knowledge?q=" + URLEncoder.encode(SEARCHES.get(i % SEARCHES.size()), StandardCharsets.UTF_8);
    }

    private static void plan(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");
            try (ResultSet plan = sql.executeQuery("""
                    explain (analyze, buffers off)
                    with q as (select websearch_to_tsquery('dutch', 'vergunningen') || websearch_to_tsquery('english', 'vergunningen') as query)
                    select d.id, ts_rank(d.search, q.query) as rank from decision d, q
                    where d.tenant_id = 'acme' and d.search @@ q.query order by rank desc limit 20""")) {
                System.out.println("plan of a search (decisions):");
                while (plan.next()) {
                    System.out.println("  " + plan.getString(1));
                }
            }
        }
    }

    private static void clean(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");
            sql.execute("delete from project where code like 'BENCH-K-%'");   // decisions and lessons go with them (on delete cascade)
        }
    }
}
