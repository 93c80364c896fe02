package nl.pmohub.bench;

import nl.pmohub.it.Http;
import nl.pmohub.meeting.infrastructure.JpaKnowledgeRepository;
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
 * written straight into PostgreSQL as the schema owner. Then the first page of searches, by one client at a time and by 10 at once, for
 * Dutch and English words and word forms through the API; prints p50/p95 and the plan of the application's query for one search. Removes what it
 * wrote at the end. Prints; asserts nothing.
 */
final class KnowledgeBenchmark {

    private static final String DB = System.getProperty("bench.db-url", "jdbc:postgresql://127.0.0.1:5432/pmohub");
    private static final int PROJECTS = 50;
    private static final int PER_KIND = 25_000;
    private static final int CLIENTS = 10;
    private static final int CALLS = Integer.getInteger("bench.requests", 2000);
    /** Project words in Dutch and English, the common ones first. */
    private static final List<String> VOCABULARY = List.of(("""
            project planning besluit stuurgroep leverancier budget risico scope fase oplevering team gemeente vergunning contract
            kosten planning overleg afspraak vertraging kwaliteit test gebruiker opdrachtgever aannemer data migratie systeem koppeling
            supplier delivery change budget schedule requirement stakeholder quality testing training rollout vendor approval
            aanbesteding bezwaar omwonenden stikstof bouwteam uitvoering ontwerp bestek meerwerk minderwerk tender gunning
            capaciteit inhuur interim projectleider architect tester ontwikkelaar beheer overdracht acceptatie productie
            licentie hosting cloud beveiliging privacy avg audit rapportage dashboard voortgang mijlpaal baseline tolerantie
            escalatie uitzondering wijziging verzoek impact analyse advies ondernemingsraad medezeggenschap communicatie nieuwsbrief
            workshop sessie demo sprint backlog velocity retrospective review refinement epic feature story estimate
            procurement invoice payment penalty warranty claim dispute lawyer counsel insurance liability indemnity
            archief dossier document sjabloon handboek procedure proces werkinstructie checklist formulier
            asbest fundering dak gevel installatie elektra riolering bestrating groen verlichting parkeren
            subsidie begroting dekking reserve prognose forecast variance earned value actuals accrual
            opleiding coaching verandering cultuur weerstand draagvlak adoptie gedrag leiderschap visie strategie
            benchmark performance latency outage incident storing herstel backup continuity disaster recovery
            fusie reorganisatie verhuizing huisvesting werkplek inventaris meubilair schoonmaak catering beveiliging
            energielabel warmtepomp isolatie zonnepanelen laadpaal duurzaamheid circulair hergebruik afval emissie
            """).strip().split("\\s+"));
    /** What people look for: Dutch and English words and word forms of common and rare words, and two-word searches. */
    private static final List<String> SEARCHES = List.of("vergunningen", "leveranciers", "stuurgroep besluit", "aanbesteding", "planningen",
            "supplier delivery", "budget", "scope change", "testen", "risico's", "requirements", "omwonenden", "migratie data", "trainings",
            "contracten", "warmtepomp", "claims", "fundering", "retrospective", "reorganisatie");

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

    /**
     * Texts of twelve words each from a vocabulary of about 300 Dutch and English project words, the choice skewed towards the
     * first ones (as in real text a few words are common and most are rare): word {@code n·x^1.5} for a spread x in [0, 1);
     * the benchmark prints how many decisions each search matches.
     */
    private static String text(String seed) {
        return "(select string_agg(w.words[1 + floor(" + VOCABULARY.size() + " * power(((" + seed + ")::bigint * 7919 + k * 104729) % 10007 / 10007.0, 1.5))::int], ' ') "
                + "from generate_series(1, 12) k)";
    }

    private static void generate(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");   // row-level security holds for the owner too
            sql.execute("""
                    insert into project (id, tenant_id, code, name, method, manager, start_date, end_date, status, phase, budget, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', 'BENCH-K-' || lpad(g::text, 3, '0'), 'Benchmark project ' || g, 'PRINCE2', 'Bench Manager',
                           current_date - 400, current_date + 200, 'GREEN', 'ACTIVE', 100000, now(), now(), 0
                    from generate_series(1, {N}) g""".replace("{N}", String.valueOf(PROJECTS)));
            String words = "(select string_to_array('" + String.join(" ", VOCABULARY) + "', ' ') as words) w";
            sql.execute("""
                    insert into decision (id, tenant_id, project_id, decision, rationale, alternatives, decided_by, decided_on, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', p.id, {T1}, {T2}, {T3}, 'Bench Manager', current_date - (g % 365), now(), now(), 0
                    from generate_series(1, {K}) g cross join {W}
                    join (select row_number() over (order by code) - 1 as n, id from project where code like 'BENCH-K-%') p on p.n = g % {N}"""
                    .replace("{T1}", text("g")).replace("{T2}", text("g + 50000")).replace("{T3}", text("g + 100000")).replace("{W}", words)
                    .replace("{K}", String.valueOf(PER_KIND)).replace("{N}", String.valueOf(PROJECTS)));
            sql.execute("""
                    insert into lesson (id, tenant_id, project_id, what_happened, what_we_learned, recommendation, category, recorded_on, created_at,
                        updated_at, version)
                    select gen_random_uuid(), 'acme', p.id, {T1}, {T2}, {T3}, 'Bench', current_date - (g % 365), now(), now(), 0
                    from generate_series(1, {K}) g cross join {W}
                    join (select row_number() over (order by code) - 1 as n, id from project where code like 'BENCH-K-%') p on p.n = g % {N}"""
                    .replace("{T1}", text("g + 150000")).replace("{T2}", text("g + 200000")).replace("{T3}", text("g + 250000")).replace("{W}", words)
                    .replace("{K}", String.valueOf(PER_KIND)).replace("{N}", String.valueOf(PROJECTS)));
            try (ResultSet counts = sql.executeQuery("""
                    select q, (select count(*) from decision d where d.tenant_id = 'acme' and d.search @@ (websearch_to_tsquery('dutch', q)
                              || websearch_to_tsquery('english', q))) from unnest(array[{S}]) q""".replace("{S}",
                    String.join(", ", SEARCHES.stream().map(q -> "'" + q.replace("'", "''") + "'").toList())))) {
                StringBuilder line = new StringBuilder("decisions matching each search:");
                while (counts.next()) {
                    line.append(' ').append(counts.getString(1)).append('=').append(counts.getLong(2));
                }
                System.out.println(line);
            }
        }
    }

    private static void measure() throws Exception {
        String pm = Http.token("acme", "pm");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        ExecutorService alone = Executors.newSingleThreadExecutor();
        try {
            ApiBenchmark.measure(pool, "warm-up (not counted)", 500, i -> Http.get(url(i), pm).status());
            ApiBenchmark.measure(alone, "search, one client at a time", CALLS / 4, i -> Http.get(url(i), pm).status());
            ApiBenchmark.measure(pool, "search, " + CLIENTS + " clients at once", CALLS, i -> Http.get(url(i), pm).status());
        } finally {
            pool.shutdownNow();
            alone.shutdownNow();
        }
    }

    private static String url(int i) {
        return Stack.API + "/t/acme/knowledge?q=" + URLEncoder.encode(SEARCHES.get(i % SEARCHES.size()), StandardCharsets.UTF_8);
    }

    private static void plan(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");
            explain(sql, "plan of the search for vergunningen:", JpaKnowledgeRepository.MATCHES);
            explain(sql, "plan of its count:", JpaKnowledgeRepository.COUNT_MATCHES);
        }
    }

    private static void explain(Statement sql, String title, String query) throws SQLException {
        String search = query.replace(":q", "'vergunningen'").replace(":size", "20").replace(":offset", "0");
        try (ResultSet plan = sql.executeQuery("explain (analyze, buffers off) " + search)) {
            System.out.println(title);
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
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
