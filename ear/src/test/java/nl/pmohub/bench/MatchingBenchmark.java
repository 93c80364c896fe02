package nl.pmohub.bench;

import nl.pmohub.it.Http;
import nl.pmohub.it.Stack;
import nl.pmohub.marketplace.infrastructure.ShortlistRefreshJob;
import nl.pmohub.marketplace.infrastructure.SqlCandidateSearch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The marketplace's ranking at size ({@code -Dbench.only=matching}): 50,000 professionals spread over the Dutch places
 * (90 % vetted, five skills each, one in four with two weeks of planned absence in the coming four months) and 1,000
 * open requests of acme (one in five remote; one skill required at least experienced, two nice to have, so that most
 * fill their top 20), written straight into PostgreSQL as the schema owner (accounts bench-pro-…, requests BENCH-M-…,
 * with their listings). Then, at 10 concurrent clients through the API, the shortlist (top 20 with score parts) of each
 * request as it is ranked from scratch (after a bulk write made every one stale), then as it is read again, then each
 * once after 50 professionals saved their profile (only the shortlists those are on or would enter are ranked again),
 * all with the server's background ranking paused; then with it running: how soon it ranks the shortlists 50 saves made
 * stale, unasked, and each shortlist read while it catches up after a bulk change. Prints p50/p95, what a profile save
 * costs with its trigger, and the plan of one on-site and one remote ranking. Removes what it wrote at the end. Prints;
 * asserts nothing.
 */
final class MatchingBenchmark {

    private static final String DB = System.getProperty("bench.db-url", "jdbc:postgresql://127.0.0.1:5432/pmohub");
    private static final int PROFESSIONALS = Integer.getInteger("bench.professionals", 50_000);
    private static final int REQUESTS = 1000;
    private static final int CLIENTS = 10;
    private static final int CALLS = Integer.getInteger("bench.requests", 2000);
    private static final String SKILLS = "'{PRINCE2,SCRUM,SAFE,LEAN,PDCA,SIX_SIGMA,RISK,STAKEHOLDER,FINANCE,CAPACITY,MS_PROJECT,PORTFOLIO,CHANGE,REPORTING,PMO_SETUP,IPMA}'::text[]";

    private MatchingBenchmark() {
    }

    static void run() throws Exception {
        try (Connection db = DriverManager.getConnection(DB, "pmohub_owner", "pmohub_owner")) {
            clean(db);
            long start = System.nanoTime();
            generate(db);
            try (Statement sql = db.createStatement()) {
                // as autovacuum would: statistics, and the visibility map that lets the ranking read its index alone
                sql.execute("vacuum analyze professional");
                sql.execute("vacuum analyze professional_skill");
                sql.execute("analyze marketplace_request");
            }
            System.out.printf(Locale.ROOT, "%,d professionals and %,d requests written in %.0f s%n", PROFESSIONALS, REQUESTS,
                    (System.nanoTime() - start) / 1e9);
            try {
                measure(db);
                plan(db, false);
                plan(db, true);
            } finally {
                if (!Boolean.getBoolean("bench.keep")) {   // -Dbench.keep=true leaves the data for trying queries in psql
                    clean(db);
                }
            }
        }
    }

    private static void generate(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");   // row-level security holds for the owner too
            sql.execute("""
                    insert into professional (id, account, name, trade_name, kvk_number, kvk_check, level, home_place_id, latitude, longitude,
                        travel_radius_km, remote_only, hourly_rate, available_from, hours_per_week, languages, sectors, certifications, bio,
                        email, phone, vetting, vetted_by, vetted_at, skills_any, skills_experienced, skills_expert, rating_sum, rating_count,
                        created_at, updated_at, version, absences)
                    select gen_random_uuid(), 'bench-pro-' || g, 'Bench Pro ' || g, 'Bench ' || g, lpad((40000000 + g)::text, 8, '0'), 'FORMAT_ONLY',
                           (array['OPERATIONAL','TACTICAL','STRATEGIC'])[1 + g % 3], p.id, p.latitude, p.longitude,
                           20 + (g % 13) * 10, g % 10 = 1, 65 + (g * 7919) % 76, current_date + (g % 90) - 30, 16 + 4 * (g % 7),
                           'nl', '', '', '', 'bench' || g || '@example.nl', null,
                           case when g % 10 = 0 then 'PENDING' else 'VETTED' end, case when g % 10 = 0 then null else 'bench' end,
                           case when g % 10 = 0 then null else now() end, 0, 0, 0, (g % 8) * 4, g % 8, now(), now(), 0,
                           case when g % 4 = 1 then datemultirange(daterange(current_date + g % 120, current_date + g % 120 + 14)) end
                    from generate_series(1, {N}) g
                    join (select row_number() over (order by id) - 1 as n, * from place) p
                      on p.n = (g * 7919) % (select count(*) from place)""".replace("{N}", String.valueOf(PROFESSIONALS)));
            sql.execute("""
                    insert into professional_skill (professional_id, skill, depth)
                    select p.id, ({SKILLS})[1 + (abs(hashtext(p.account)) + k * 3) % 16],
                           case k when 0 then 3 when 1 then 2 + abs(hashtext(p.account)) % 2 when 4 then 1 else 2 end
                    from professional p cross join generate_series(0, 4) k
                    where p.account like 'bench-pro-%'""".replace("{SKILLS}", SKILLS));
            sql.execute("""
                    update professional p set skills_any = s.any, skills_experienced = s.experienced, skills_expert = s.expert
                    from (select professional_id, bit_or(1 << (array_position({SKILLS}, skill::text) - 1)) as any,
                                 coalesce(bit_or(1 << (array_position({SKILLS}, skill::text) - 1)) filter (where depth >= 2), 0) as experienced,
                                 coalesce(bit_or(1 << (array_position({SKILLS}, skill::text) - 1)) filter (where depth = 3), 0) as expert
                          from professional_skill group by professional_id) s
                    where p.id = s.professional_id and p.account like 'bench-pro-%'""".replace("{SKILLS}", SKILLS));
            sql.execute("""
                    insert into marketplace_request (id, tenant_id, project_id, title, level, remote, place_id, max_distance_km, start_date,
                        hours_per_week, duration_weeks, max_rate, description, status, submitted_at, created_by, created_at, updated_at, version)
                    select gen_random_uuid(), 'acme', (select id from project where tenant_id = 'acme' and phase = 'ACTIVE' order by code limit 1),
                           'BENCH-M-' || g, (array['OPERATIONAL','TACTICAL','STRATEGIC'])[1 + g % 3], g % 5 = 0,
                           case when g % 5 = 0 then null else p.id end, case when g % 5 = 0 then null else 30 + (g % 5) * 10 end,
                           current_date + 7 + g % 30, 24, 26, 90 + g % 40, '', 'OPEN', now(), 'bench', now(), now(), 0
                    from generate_series(1, {N}) g
                    join (select row_number() over (order by population desc) - 1 as n, * from place) p on p.n = g % 100"""
                    .replace("{N}", String.valueOf(REQUESTS)));
            sql.execute("""
                    insert into request_skill (id, tenant_id, request_id, skill, min_depth, required)
                    select gen_random_uuid(), 'acme', r.id, ({SKILLS})[1 + (abs(hashtext(r.title)) + k * 5) % 16], case k when 0 then 2 else 1 end, k = 0
                    from marketplace_request r cross join generate_series(0, 2) k
                    where r.title like 'BENCH-M-%'""".replace("{SKILLS}", SKILLS));
            // published as submitting does (RequestListing.publish): the shortlist is kept on the listing
            sql.execute("""
                    insert into request_listing (id, client_tenant, title, level, required_any, required_experienced, required_expert,
                        nice_any, nice_experienced, nice_expert, remote,
                        place_id, latitude, longitude, max_distance_km, start_date, hours_per_week, duration_weeks, max_rate, description, open,
                        submitted_at, created_at, updated_at, version)
                    select r.id, r.tenant_id, r.title, r.level,
                           coalesce(bit_or(1 << (array_position({SKILLS}, s.skill::text) - 1)) filter (where s.required and s.min_depth = 1), 0),
                           coalesce(bit_or(1 << (array_position({SKILLS}, s.skill::text) - 1)) filter (where s.required and s.min_depth = 2), 0),
                           coalesce(bit_or(1 << (array_position({SKILLS}, s.skill::text) - 1)) filter (where s.required and s.min_depth = 3), 0),
                           coalesce(bit_or(1 << (array_position({SKILLS}, s.skill::text) - 1)) filter (where not s.required and s.min_depth = 1), 0),
                           coalesce(bit_or(1 << (array_position({SKILLS}, s.skill::text) - 1)) filter (where not s.required and s.min_depth = 2), 0),
                           coalesce(bit_or(1 << (array_position({SKILLS}, s.skill::text) - 1)) filter (where not s.required and s.min_depth = 3), 0),
                           r.remote, r.place_id, pl.latitude, pl.longitude, r.max_distance_km, r.start_date, r.hours_per_week, r.duration_weeks,
                           r.max_rate, r.description, true, r.submitted_at, now(), now(), 0
                    from marketplace_request r join request_skill s on s.request_id = r.id left join place pl on pl.id = r.place_id
                    where r.title like 'BENCH-M-%'
                    group by r.id, pl.id""".replace("{SKILLS}", SKILLS));
        }
    }

    /**
     * First every request's shortlist as it is ranked (the first read after a professional changed: the ranking query
     * and storing its best), then as clients read it again and again (the kept ranking).
     */
    private static void measure(Connection db) throws Exception {
        String pm = Http.token("acme", "pm");
        List<String> ids = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select id from request_listing where title like 'BENCH-M-%'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            refresher(false);   // the looks rank, not the background
            ApiBenchmark.measure(pool, "warm-up (not counted)", 500, i -> Http.get(url(ids, i), pm).status());
            everythingChanged(db);
            // i * 31 modulo 1,000 visits every request once: each call ranks
            ApiBenchmark.measure(pool, "rank top 20 of 50k (all stale)", ids.size(), i -> Http.get(url(ids, i), pm).status());
            ApiBenchmark.measure(pool, "read the kept shortlist", CALLS, i -> Http.get(url(ids, i), pm).status());
            profilesChanged(db);
            ApiBenchmark.measure(pool, "read each after 50 profile changes", ids.size(), i -> Http.get(url(ids, i), pm).status());
            int[] sizes = new int[1];
            ids.stream().limit(50).forEach(id -> sizes[0] += Http.get(Stack.API + "/t/acme/marketplace/requests/" + id + "/candidates", pm).array().size());
            System.out.printf(Locale.ROOT, "mean shortlist length over 50 requests: %.1f%n", sizes[0] / 50.0);

            refresher(true);
            profilesChanged(db);
            long changed = System.nanoTime();
            waitUntilCurrent(db);
            System.out.printf(Locale.ROOT, "the refresher ranked them again, unasked, %.1f s after the saves (it runs every 5 s)%n",
                    (System.nanoTime() - changed) / 1e9);
            ApiBenchmark.measure(pool, "read each after 50 changes, refreshed", ids.size(), i -> Http.get(url(ids, i), pm).status());
            everythingChanged(db);
            changed = System.nanoTime();
            ApiBenchmark.measure(pool, "read each after bulk change, refreshing", ids.size(), i -> Http.get(url(ids, i), pm).status());
            waitUntilCurrent(db);
            System.out.printf(Locale.ROOT, "all 1,000 current again %.1f s after the bulk change (the looks and the refresher ranked them)%n",
                    (System.nanoTime() - changed) / 1e9);
        } finally {
            refresher(true);
            pool.shutdownNow();
        }
    }

    /** Pauses or resumes the server's background ranking ({@link ShortlistRefreshJob}) through its management CLI. */
    private static void refresher(boolean on) throws IOException, InterruptedException {
        String property = "/system-property=" + ShortlistRefreshJob.SWITCH;
        cli(property + ":remove");   // absent when on: that failure is the answer
        if (!on) {
            cli(property + ":add(value=off)");
        }
    }

    private static void cli(String command) throws IOException, InterruptedException {
        new ProcessBuilder(System.getProperty("bench.cli"), "--connect",
                "--controller=localhost:9990", "--command=" + command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    /** Polls until no benchmark shortlist is stale. */
    private static void waitUntilCurrent(Connection db) throws SQLException, InterruptedException {
        String stale = "select count(*) from request_listing l where l.title like 'BENCH-M-%' and not " + SqlCandidateSearch.CURRENT_RANKING;
        try (Statement sql = db.createStatement()) {
            for (int waited = 0; waited < 600; waited++) {
                try (ResultSet rows = sql.executeQuery(stale)) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("shortlists still stale after 60 s");
    }

    /** As a bulk write to the professionals does: every kept shortlist is stale, and each is ranked from scratch. */
    private static void everythingChanged(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("update professional_generation set value = value + 1, stale_from = value + 1");
        }
    }

    /**
     * 50 professionals (45 of them vetted) each save a new rate, one statement each as a profile save is: the trigger
     * marks only the shortlists each is on or would enter (V28). Prints what a save costs with that and how many went stale.
     */
    private static void profilesChanged(Connection db) throws SQLException {
        long[] nanos = new long[50];
        try (Statement sql = db.createStatement();
             PreparedStatement save = db.prepareStatement("update professional set hourly_rate = hourly_rate - 1 where account = ?")) {
            long before = staleCount(sql);
            for (int i = 0; i < nanos.length; i++) {
                save.setString(1, "bench-pro-" + (1 + i * 997));
                long t0 = System.nanoTime();
                save.executeUpdate();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "50 profile saves (each with its trigger): p50 %.1f ms, p95 %.1f ms; %d of %d shortlists made stale%n",
                    nanos[24] / 1e6, nanos[47] / 1e6, staleCount(sql) - before, REQUESTS);
        }
    }

    private static long staleCount(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("""
                select count(*) from request_listing l join listing_stale s on s.listing_id = l.id
                where l.title like 'BENCH-M-%' and s.generation > l.ranked_generation""")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String url(List<String> ids, int i) {
        return Stack.API + "/t/acme/marketplace/requests/" + ids.get((i * 31) % ids.size()) + "/candidates";
    }

    /** EXPLAIN ANALYZE of the ranking query for the first of the benchmark's requests on site (or remote), as SqlCandidateSearch runs it. */
    private static void plan(Connection db, boolean remote) throws SQLException {
        String listing;
        int indexedSkill;
        String where;
        try (Statement sql = db.createStatement(); ResultSet first = sql.executeQuery("""
                select l.id, l.required_all, coalesce(pl.name || ' ' || l.max_distance_km || ' km', 'remote')
                from request_listing l left join place pl on pl.id = l.place_id
                where l.title like 'BENCH-M-%' and l.remote = """ + remote + " order by l.title limit 1")) {
            first.next();
            listing = first.getString(1);
            indexedSkill = Integer.lowestOneBit(first.getInt(2));
            where = first.getString(3);
        }
        String query = SqlCandidateSearch.RANKING.replace("{indexedSkill}", String.valueOf(indexedSkill))
                .replace("{box}", remote ? "" : SqlCandidateSearch.BOX).replace(":listing", "'" + listing + "'").replace(":limit", "20")
                + " select * from best";
        try (Statement settings = db.createStatement()) {
            settings.execute("set max_parallel_workers_per_gather = 0");   // as SqlCandidateSearch does
        }
        try (Statement sql = db.createStatement(); ResultSet plan = sql.executeQuery("explain (analyze, buffers off) " + query)) {
            System.out.println("plan of the ranking, " + where + ":");
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
            }
        }
    }

    private static void clean(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'acme', false)");   // row-level security holds for the owner too
            sql.execute("delete from request_listing where title like 'BENCH-M-%'");
            sql.execute("delete from marketplace_request where title like 'BENCH-M-%'");
            sql.execute("delete from professional where account like 'bench-pro-%'");
        }
    }
}
